package vn.tthc.plan.rest;

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
import vn.tthc.plan.repository.PlanRepository;
import vn.tthc.plan.repository.TaskRepository;
import vn.tthc.plan.service.TaskService;
import vn.tthc.plan.service.UnitResolver;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/tasks")
@Tag(name = "Nhiệm vụ", description = "Tasks, their occurrences and their progress")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"administrator", "planner", "unit-officer", "leader", "auditor", "integration"})
public class TaskResource {

    private final TaskService service;
    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final UnitResolver units;
    private final Clock clock;

    public TaskResource(TaskService service, TaskRepository tasks, PlanRepository plans, UnitResolver units, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Find tasks", description = "A unit's tasks (as lead or cooperating unit), by plan, by status, due within N days, overdue, and by words of the content, ignoring case and diacritics (\"thu tuc\" finds \"thủ tục\"). Paginated.")
    public Page<PlanViews.TaskView> search(
            @Parameter(example = "SKHCN-VP") @QueryParam("unitCode") @Size(max = 50) String unitCode,
            @QueryParam("planId") UUID planId,
            @QueryParam("status") TaskStatus status,
            @Parameter(description = "Open occurrences due from today to today + N days") @QueryParam("dueWithinDays") @Min(0) @Max(3660) Integer dueWithinDays,
            @Parameter(description = "Only tasks with an open occurrence past its due date") @QueryParam("overdue") Boolean overdue,
            @Parameter(example = "dang ky") @QueryParam("q") @Size(max = 200) String text,
            @Valid @BeanParam PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        TaskRepository.Result result = tasks.search(new TaskQuery(unitCode, planId, status, dueWithinDays, overdue, text),
                today, page.page(), page.size());
        return new Page<>(result.tasks().stream().map(task -> PlanViews.TaskView.of(task, today)).toList(),
                page.page(), page.size(), result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a task", description = "With its results, occurrences and warnings; the ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        return view(tasks.require(id));
    }

    @RolesAllowed({"administrator", "planner", "unit-officer"})
    @POST
    @Path("/{id}/progress")
    @Operation(summary = "Record progress on a task or one of its occurrences",
            description = "Status, note, evidence, completion date. Done after the due date counts as late. Progress on a cancelled task is a 409; a stale If-Match a 412. Publishes vn.tthc.plan.task.progress-recorded.v1, and vn.tthc.plan.task.completed.v1 when it completes the task or an occurrence.")
    public Response recordProgress(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.RecordProgress body,
                                   @Context HttpHeaders headers) {
        service.recordProgress(id, body.occurrenceId(), ETags.expectedVersion(headers), body.update());
        return view(tasks.require(id));
    }

    @GET
    @Path("/{id}/progress")
    @Operation(summary = "The progress history of a task")
    public List<PlanViews.ProgressView> progress(@PathParam("id") UUID id) {
        tasks.require(id);
        return plans.progressOf(id).stream().map(PlanViews.ProgressView::of).toList();
    }

    @RolesAllowed({"administrator", "planner", "unit-officer"})
    @POST
    @Path("/{id}/completion")
    @Operation(summary = "Mark a task done",
            description = "Short for progress with status DONE. Done after the due date counts as late. Publishes vn.tthc.plan.task.completed.v1.")
    public PlanViews.TaskView complete(@PathParam("id") UUID id, @Valid PlanRequests.CompleteTask request,
                                       @Context HttpHeaders headers) {
        service.recordProgress(id, null, ETags.expectedVersion(headers), new vn.tthc.plan.ProgressUpdate(TaskStatus.DONE,
                null, null, request == null ? null : request.completedOn(), null, null));
        return PlanViews.TaskView.of(tasks.require(id), LocalDate.now(clock));
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/reopen")
    @Operation(summary = "Reopen a done task or occurrence", description = "Publishes vn.tthc.plan.task.reopened.v1.")
    public Response reopen(@PathParam("id") UUID id, @Valid PlanRequests.Reopen body, @Context HttpHeaders headers) {
        return view(service.reopen(id, body == null ? null : body.occurrenceId(), ETags.expectedVersion(headers)));
    }

    @RolesAllowed({"administrator", "planner"})
    @PUT
    @Path("/{id}/assignment")
    @Operation(summary = "Assign a task to lead and cooperating units", description = "Publishes vn.tthc.plan.task.assigned.v1.")
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.Assignment body, @Context HttpHeaders headers) {
        return view(service.assign(id, ETags.expectedVersion(headers), units.byCodes(body.leadUnitCodes()),
                units.byCodes(body.cooperatingUnitCodes())));
    }

    @RolesAllowed({"administrator", "planner"})
    @PUT
    @Path("/{id}/regime")
    @Operation(summary = "Link a task to a report regime",
            description = "A report the lead unit submits for a period of that regime marks the task's occurrence for the period done, with the report as evidence.")
    public Response linkRegime(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.RegimeLink body, @Context HttpHeaders headers) {
        return view(service.linkRegime(id, ETags.expectedVersion(headers), body.regimeCode()));
    }

    private Response view(Task task) {
        return Response.ok(PlanViews.TaskView.of(task, LocalDate.now(clock))).tag(ETags.of(task.version())).build();
    }
}
