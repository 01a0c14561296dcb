package vn.tthc.plan.rest;

import vn.tthc.platform.idempotency.Idempotent;
import vn.tthc.platform.idempotency.IdempotencyKey;
import vn.tthc.plan.PlanContents;
import vn.tthc.platform.web.ETags;
import vn.tthc.platform.web.Page;
import vn.tthc.platform.web.PageRequest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.plan.Plan;
import vn.tthc.plan.PlanKind;
import vn.tthc.plan.PlanStatus;
import vn.tthc.plan.access.CurrentCaller;
import vn.tthc.plan.service.PlanExportService;
import vn.tthc.plan.service.PlanService;
import vn.tthc.platform.documents.DocumentFile;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Plans and their appendix. Who may see and change which plan is decided by {@link PlanService} (SECURITY.md):
 * a plan is seen by whoever sees its issuing unit and changed by administrators and the planners of that unit
 * or one above it; anything else, and for callers who are not province-wide an id that does not exist, is 403.
 */
@Path("/plans")
@Tag(name = "Kế hoạch", description = "Plans, their targets and their appendix of tasks. A plan is seen by whoever sees "
        + "its issuing unit (planners, leaders and auditors: their unit and below; unit officers: their unit; "
        + "administrators and integration: all) and changed by administrators and by planners of its issuing unit or a "
        + "unit above it. Another unit's plan is a 403, and so is an id that does not exist unless the caller is "
        + "province-wide (then 404).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"administrator", "planner", "unit-officer", "leader", "auditor", "integration"})
public class PlanResource {

    private final PlanService service;
    private final CurrentCaller caller;
    private final Clock clock;
    @Inject
    PlanExportService exports;

    public PlanResource(PlanService service, CurrentCaller caller, Clock clock) {
        this.service = service;
        this.caller = caller;
        this.clock = clock;
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Operation(summary = "Create a draft plan",
            description = "A planner creates plans only for their unit or a unit below it (issuingUnitCode; 403 for "
                    + "another, 400 when left out); administrators for any unit or none. The creator is recorded (createdBy).")
    @Idempotent
    public Response create(@BeanParam IdempotencyKey idempotencyKey, @Valid @NotNull PlanRequests.PlanBody body) {
        Plan plan = service.createPlan(caller.get(), body.details());
        return Response.created(URI.create("/plans/" + plan.id())).entity(PlanViews.PlanView.of(plan))
                .tag(ETags.of(plan.version())).build();
    }

    @GET
    @Operation(summary = "List plans", description = "The plans the caller sees (those whose issuing unit they see), "
            + "newest first; filtered by status, kind and issuing unit; paginated, the total counting only what the caller sees.")
    public Page<PlanViews.PlanView> list(@QueryParam("status") PlanStatus status, @QueryParam("kind") PlanKind kind,
                                         @QueryParam("issuingUnitCode") String issuingUnitCode,
                                         @Valid @BeanParam PageRequest page) {
        return Page.of(service.search(caller.get(), status, kind, issuingUnitCode), page, PlanViews.PlanView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a plan", description = "The ETag is the plan's version; send it back as If-Match to change the plan.")
    public Response get(@PathParam("id") UUID id) {
        Plan plan = service.plan(caller.get(), id);
        return Response.ok(PlanViews.PlanView.of(plan)).tag(ETags.of(plan.version())).build();
    }

    @RolesAllowed({"administrator", "planner"})
    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit a draft, or amend an issued plan",
            description = "A draft changes freely. An issued plan changes only with an amendmentReason, which is recorded with who amended it (409 without one). A closed plan does not change. A stale If-Match gets 412. A planner cannot move a plan to an issuing unit outside their unit's subtree (403).")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.PlanBody body, @Context HttpHeaders headers) {
        Plan plan = service.updatePlan(caller.get(), id, ETags.expectedVersion(headers), body.details(), body.amendmentReason());
        return Response.ok(PlanViews.PlanView.of(plan)).tag(ETags.of(plan.version())).build();
    }

    @GET
    @Path("/{id}/amendments")
    @Operation(summary = "The recorded amendments of an issued plan", description = "Each with its reason, who amended the plan (subject, name, unit) and when.")
    public List<PlanViews.AmendmentView> amendments(@PathParam("id") UUID id) {
        return service.amendments(caller.get(), id).stream().map(PlanViews.AmendmentView::of).toList();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every recorded change to a plan and its tasks",
            description = "The audit trail, oldest first: created or imported, edited, amended, issued, closed, sections and tasks added, progress recorded, tasks reopened, reassigned or linked to a report regime; each with who made it (subject, name, unit) and when.")
    public List<PlanViews.ChangeView> history(@PathParam("id") UUID id) {
        return service.history(caller.get(), id).stream().map(PlanViews.ChangeView::of).toList();
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/issue")
    @Operation(summary = "Issue a draft plan", description = "Needs its number (in the body or already set). Publishes vn.tthc.plan.plan.issued.v1.")
    public Response issue(@PathParam("id") UUID id, @Valid PlanRequests.IssuePlan body, @Context HttpHeaders headers) {
        Plan plan = service.issuePlan(caller.get(), id, ETags.expectedVersion(headers), body == null ? null : body.number(),
                body == null ? null : body.signedOn());
        return Response.ok(PlanViews.PlanView.of(plan)).tag(ETags.of(plan.version())).build();
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Close an issued plan at the end of its period")
    public Response close(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Plan plan = service.closePlan(caller.get(), id, ETags.expectedVersion(headers));
        return Response.ok(PlanViews.PlanView.of(plan)).tag(ETags.of(plan.version())).build();
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/sections")
    @Operation(summary = "Add a section to a draft plan's appendix")
    @Idempotent
    public Response addSection(@PathParam("id") UUID id, @BeanParam IdempotencyKey idempotencyKey,
                               @Valid @NotNull PlanRequests.CreateSection body) {
        var section = service.addSection(caller.get(), id, body.label(), body.title());
        return Response.status(Response.Status.CREATED)
                .entity(new PlanViews.SectionView(section.id(), section.label(), section.title(), List.of())).build();
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/tasks")
    @Operation(summary = "Add a task to a draft plan's appendix",
            description = "Units by code (unknown codes are kept and flagged as warnings); the time as printed in timeText, or a dueDate. Publishes vn.tthc.plan.task.created.v1.")
    @Idempotent
    public Response addTask(@PathParam("id") UUID id, @BeanParam IdempotencyKey idempotencyKey,
                            @Valid @NotNull PlanRequests.CreateTask body) {
        var task = service.addTask(caller.get(), id, body.sectionId(), body.parentTaskId(), body.input());
        return Response.created(URI.create("/tasks/" + task.id())).entity(PlanViews.TaskView.of(task, LocalDate.now(clock)))
                .tag(ETags.of(task.version())).build();
    }

    @GET
    @Path("/{id}/tasks")
    @Operation(summary = "List a plan's tasks in appendix order",
            description = "All of them for a caller who sees the plan; otherwise those whose lead or cooperating unit the caller sees (403 when none).")
    public List<PlanViews.TaskView> tasks(@PathParam("id") UUID id) {
        LocalDate today = LocalDate.now(clock);
        return service.tasks(caller.get(), id).stream().map(task -> PlanViews.TaskView.of(task, today)).toList();
    }

    @GET
    @Path("/{id}/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Export the task table with progress as Excel (.xlsx)")
    public Response exportXlsx(@PathParam("id") UUID id) {
        return download(exports.xlsx(caller.get(), id));
    }

    @GET
    @Path("/{id}/export.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "Export the task table with progress as Word (.docx)")
    public Response exportDocx(@PathParam("id") UUID id) {
        return download(exports.docx(caller.get(), id));
    }

    /** The file under an ASCII name, with the Vietnamese name in filename* (RFC 6266). */
    private static Response download(DocumentFile file) {
        return Response.ok(file.content(), file.mediaType()).header("Content-Disposition", file.contentDisposition()).build();
    }

    @GET
    @Path("/{id}/appendix")
    @Operation(summary = "A plan's appendix as a tree", description = "Sections with their tasks, tasks with the tasks numbered under them.")
    public PlanViews.AppendixView appendix(@PathParam("id") UUID id) {
        PlanContents contents = service.appendix(caller.get(), id);
        return PlanViews.AppendixView.of(id, contents.sections(), contents.tasks(), LocalDate.now(clock));
    }
}
