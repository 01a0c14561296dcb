package vn.tthc.plan.rest;

import vn.tthc.platform.web.ETags;
import vn.tthc.platform.web.Page;
import vn.tthc.platform.web.PageRequest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskQuery;
import vn.tthc.plan.TaskStatus;
import vn.tthc.plan.access.CurrentCaller;
import vn.tthc.plan.service.TaskService;
import vn.tthc.plan.service.UnitResolver;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Tasks and their progress. Who may see and act on which task is decided by {@link TaskService} (SECURITY.md).
 */
@Path("/tasks")
@Tag(name = "Nhiệm vụ", description = "Tasks, their occurrences and their progress. A task is seen with its plan, and by "
        + "whoever sees one of its lead or cooperating units. Progress is recorded by administrators, by planners of the "
        + "plan's issuing unit or above one of the task's lead units, and by the unit officers of a lead unit; reopening, "
        + "assignment and regime links by administrators and the plan's planners. Another unit's task is a 403, and so "
        + "is an id that does not exist unless the caller is province-wide (then 404).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"administrator", "planner", "unit-officer", "leader", "auditor", "integration"})
public class TaskResource {

    private final TaskService service;
    private final UnitResolver units;
    private final CurrentCaller caller;
    private final Clock clock;

    public TaskResource(TaskService service, UnitResolver units, CurrentCaller caller, Clock clock) {
        this.service = service;
        this.units = units;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Find tasks", description = "Among the tasks the caller sees (those of plans they see, and those whose lead or cooperating unit they see): a unit's tasks (as lead or cooperating unit), by plan, by status, due within N days, overdue, and by words of the content, ignoring case and diacritics (\"thu tuc\" finds \"thủ tục\"). Paginated; the total counts only what the caller sees.")
    public Page<PlanViews.TaskView> search(
            @Parameter(example = "SKHCN-VP") @QueryParam("unitCode") @Size(max = 50) String unitCode,
            @QueryParam("planId") UUID planId,
            @QueryParam("status") TaskStatus status,
            @Parameter(description = "Open occurrences due from today to today + N days") @QueryParam("dueWithinDays") @Min(0) @Max(3660) Integer dueWithinDays,
            @Parameter(description = "Only tasks with an open occurrence past its due date") @QueryParam("overdue") Boolean overdue,
            @Parameter(example = "dang ky") @QueryParam("q") @Size(max = 200) String text,
            @Valid @BeanParam PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return service.search(caller.get(), new TaskQuery(unitCode, planId, status, dueWithinDays, overdue, text), today, page)
                .map(task -> PlanViews.TaskView.of(task, today));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a task", description = "With its results, occurrences and warnings; the ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        return view(service.task(caller.get(), id));
    }

    @RolesAllowed({"administrator", "planner", "unit-officer"})
    @POST
    @Path("/{id}/progress")
    @Operation(summary = "Record progress on a task or one of its occurrences",
            description = "Status, note, evidence, completion date; who records it (subject, name, unit) comes from the token. Unit officers record progress only on tasks their unit leads (403 otherwise). Done after the due date counts as late. Progress on a cancelled task is a 409; a stale If-Match a 412. Publishes vn.tthc.plan.task.progress-recorded.v1, and vn.tthc.plan.task.completed.v1 when it completes the task or an occurrence.")
    public Response recordProgress(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.RecordProgress body,
                                   @Context HttpHeaders headers) {
        return view(service.recordProgress(caller.get(), id, body.occurrenceId(), ETags.expectedVersion(headers), body.update()));
    }

    @GET
    @Path("/{id}/progress")
    @Operation(summary = "The progress history of a task", description = "Oldest first, each entry with who recorded it (subject, name, unit) and when.")
    public List<PlanViews.ProgressView> progress(@PathParam("id") UUID id) {
        return service.progress(caller.get(), id).stream().map(PlanViews.ProgressView::of).toList();
    }

    @RolesAllowed({"administrator", "planner", "unit-officer"})
    @POST
    @Path("/{id}/completion")
    @Operation(summary = "Mark a task done",
            description = "Short for progress with status DONE, with the same rules on who may record it. Done after the due date counts as late. Publishes vn.tthc.plan.task.completed.v1.")
    public PlanViews.TaskView complete(@PathParam("id") UUID id, @Valid PlanRequests.CompleteTask request,
                                       @Context HttpHeaders headers) {
        Task task = service.recordProgress(caller.get(), id, null, ETags.expectedVersion(headers), new vn.tthc.plan.ProgressUpdate(
                TaskStatus.DONE, null, null, request == null ? null : request.completedOn(), null));
        return PlanViews.TaskView.of(task, LocalDate.now(clock));
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/reopen")
    @Operation(summary = "Reopen a done task or occurrence", description = "Publishes vn.tthc.plan.task.reopened.v1.")
    public Response reopen(@PathParam("id") UUID id, @Valid PlanRequests.Reopen body, @Context HttpHeaders headers) {
        return view(service.reopen(caller.get(), id, body == null ? null : body.occurrenceId(), ETags.expectedVersion(headers)));
    }

    @RolesAllowed({"administrator", "planner"})
    @PUT
    @Path("/{id}/assignment")
    @Operation(summary = "Assign a task to lead and cooperating units", description = "Publishes vn.tthc.plan.task.assigned.v1.")
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.Assignment body, @Context HttpHeaders headers) {
        return view(service.assign(caller.get(), id, ETags.expectedVersion(headers), units.byCodes(body.leadUnitCodes()),
                units.byCodes(body.cooperatingUnitCodes())));
    }

    @RolesAllowed({"administrator", "planner"})
    @PUT
    @Path("/{id}/regime")
    @Operation(summary = "Link a task to a report regime",
            description = "A report the lead unit submits for a period of that regime marks the task's occurrence for the period done, with the report as evidence.")
    public Response linkRegime(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.RegimeLink body, @Context HttpHeaders headers) {
        return view(service.linkRegime(caller.get(), id, ETags.expectedVersion(headers), body.regimeCode()));
    }

    private Response view(Task task) {
        return Response.ok(PlanViews.TaskView.of(task, LocalDate.now(clock))).tag(ETags.of(task.version())).build();
    }
}
