package vn.tthc.plan.rest;

import vn.tthc.platform.idempotency.Idempotent;
import vn.tthc.platform.idempotency.IdempotencyKey;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tthc.platform.web.openapi.Api;
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
@Tag(name = "Nhiệm vụ", description = "Nhiệm vụ, các kỳ thực hiện và tiến độ. Nhiệm vụ được xem cùng kế hoạch, và bởi "
        + "người thấy một đơn vị chủ trì hoặc phối hợp. Tiến độ do administrator, planner của đơn vị ban hành hoặc cấp trên "
        + "một đơn vị chủ trì, và unit-officer của đơn vị chủ trì ghi nhận; mở lại, giao việc và liên kết chế độ báo cáo do "
        + "administrator và planner của kế hoạch. Nhiệm vụ của đơn vị khác trả 403, mã không tồn tại cũng vậy trừ người "
        + "dùng cấp tỉnh (khi đó 404).")
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
    @Operation(operationId = "searchTasks", summary = "Tìm nhiệm vụ", description = "Among the tasks the caller sees (those of plans they see, and those whose lead or cooperating unit they see): a unit's tasks (as lead or cooperating unit), by plan, by status, due within N days, overdue, and by words of the content, ignoring case and diacritics (\"thu tuc\" finds \"thủ tục\"). Paginated; the total counts only what the caller sees.")
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
    @Operation(operationId = "getTask", summary = "Xem một nhiệm vụ", description = "With its results, occurrences and warnings; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "Nhiệm vụ", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = PlanViews.TaskView.class)))
    public Response get(@PathParam("id") UUID id) {
        return view(service.task(caller.get(), id));
    }

    @RolesAllowed({"administrator", "planner", "unit-officer"})
    @POST
    @Path("/{id}/progress")
    @Operation(operationId = "recordTaskProgress", summary = "Ghi nhận tiến độ nhiệm vụ hoặc một kỳ thực hiện",
            description = "Status, note, evidence, completion date; who records it (subject, name, unit) comes from the token. Unit officers record progress only on tasks their unit leads (403 otherwise). Done after the due date counts as late. Progress on a cancelled task is a 409; a stale If-Match a 412. Publishes vn.tthc.plan.task.progress-recorded.v1, and vn.tthc.plan.task.completed.v1 when it completes the task or an occurrence.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Nhiệm vụ sau khi ghi nhận", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = PlanViews.TaskView.class)))
    @Idempotent
    public Response recordProgress(@PathParam("id") UUID id, @BeanParam IdempotencyKey idempotencyKey,
                                   @RequestBody(description = "Trạng thái, ghi chú, minh chứng", content = @Content(examples = @ExampleObject(
                                           name = "hoan-thanh", value = "{\"status\":\"DONE\",\"note\":\"Đã rà soát 12 thủ tục hành chính\","
                                           + "\"completedOn\":\"2025-03-18\",\"evidence\":{\"number\":\"125/BC-SKHCN\","
                                           + "\"date\":\"2025-03-18\",\"title\":\"Báo cáo kết quả rà soát quý I\"}}")))
                                   @Valid @NotNull PlanRequests.RecordProgress body,
                                   @Context HttpHeaders headers) {
        return view(service.recordProgress(caller.get(), id, body.occurrenceId(), ETags.expectedVersion(headers), body.update()));
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "listTaskProgress", summary = "Lịch sử tiến độ của nhiệm vụ", description = "Oldest first, each entry with who recorded it (subject, name, unit) and when.")
    public List<PlanViews.ProgressView> progress(@PathParam("id") UUID id) {
        return service.progress(caller.get(), id).stream().map(PlanViews.ProgressView::of).toList();
    }

    @RolesAllowed({"administrator", "planner", "unit-officer"})
    @POST
    @Path("/{id}/completion")
    @Operation(operationId = "completeTask", summary = "Đánh dấu nhiệm vụ hoàn thành",
            description = "Short for progress with status DONE, with the same rules on who may record it. Done after the due date counts as late. Publishes vn.tthc.plan.task.completed.v1.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Nhiệm vụ đã hoàn thành",
            content = @Content(schema = @Schema(implementation = PlanViews.TaskView.class)))
    public PlanViews.TaskView complete(@PathParam("id") UUID id,
                                       @RequestBody(required = false, description = "Ngày hoàn thành (mặc định hôm nay)", content = @Content(examples = @ExampleObject(
                                               name = "hoan-thanh", value = "{\"completedOn\":\"2025-04-02\"}")))
                                       @Valid PlanRequests.CompleteTask request,
                                       @Context HttpHeaders headers) {
        Task task = service.recordProgress(caller.get(), id, null, ETags.expectedVersion(headers), new vn.tthc.plan.ProgressUpdate(
                TaskStatus.DONE, null, null, request == null ? null : request.completedOn(), null));
        return PlanViews.TaskView.of(task, LocalDate.now(clock));
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/reopen")
    @Operation(operationId = "reopenTask", summary = "Mở lại nhiệm vụ hoặc kỳ đã hoàn thành", description = "Publishes vn.tthc.plan.task.reopened.v1.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Nhiệm vụ sau khi mở lại", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = PlanViews.TaskView.class)))
    public Response reopen(@PathParam("id") UUID id,
                           @RequestBody(required = false, description = "Kỳ cần mở lại (bỏ trống: cả nhiệm vụ)", content = @Content(examples = @ExampleObject(
                                   name = "mo-lai", value = "{\"occurrenceId\":\"3f9a7c2e-1b4d-4e8f-9a6b-2c5d7e8f9a0b\"}")))
                           @Valid PlanRequests.Reopen body, @Context HttpHeaders headers) {
        return view(service.reopen(caller.get(), id, body == null ? null : body.occurrenceId(), ETags.expectedVersion(headers)));
    }

    @RolesAllowed({"administrator", "planner"})
    @PUT
    @Path("/{id}/assignment")
    @Operation(operationId = "assignTask", summary = "Giao nhiệm vụ cho đơn vị chủ trì và phối hợp", description = "Publishes vn.tthc.plan.task.assigned.v1.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Nhiệm vụ sau khi giao", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = PlanViews.TaskView.class)))
    public Response assign(@PathParam("id") UUID id,
                           @RequestBody(description = "Mã đơn vị chủ trì và phối hợp", content = @Content(examples = @ExampleObject(
                                   name = "giao", value = "{\"leadUnitCodes\":[\"ST-SKHCN-QLKH\"],\"cooperatingUnitCodes\":[\"ST-SKHCN-VP\"]}")))
                           @Valid @NotNull PlanRequests.Assignment body, @Context HttpHeaders headers) {
        return view(service.assign(caller.get(), id, ETags.expectedVersion(headers), units.byCodes(body.leadUnitCodes()),
                units.byCodes(body.cooperatingUnitCodes())));
    }

    @RolesAllowed({"administrator", "planner"})
    @PUT
    @Path("/{id}/regime")
    @Operation(operationId = "linkTaskRegime", summary = "Liên kết nhiệm vụ với chế độ báo cáo",
            description = "A report the lead unit submits for a period of that regime marks the task's occurrence for the period done, with the report as evidence.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Nhiệm vụ sau khi liên kết", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = PlanViews.TaskView.class)))
    public Response linkRegime(@PathParam("id") UUID id,
                               @RequestBody(description = "Mã chế độ báo cáo (null để bỏ liên kết)", content = @Content(examples = @ExampleObject(
                                       name = "lien-ket", value = "{\"regimeCode\":\"tthc-control\"}")))
                               @Valid @NotNull PlanRequests.RegimeLink body, @Context HttpHeaders headers) {
        return view(service.linkRegime(caller.get(), id, ETags.expectedVersion(headers), body.regimeCode()));
    }

    private Response view(Task task) {
        return Response.ok(PlanViews.TaskView.of(task, LocalDate.now(clock))).tag(ETags.of(task.version())).build();
    }
}
