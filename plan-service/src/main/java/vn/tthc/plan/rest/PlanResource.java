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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tthc.platform.web.openapi.Api;
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
@Tag(name = "Kế hoạch", description = "Kế hoạch, chỉ tiêu và phụ lục nhiệm vụ. Kế hoạch được xem bởi người thấy đơn vị "
        + "ban hành (planner, leader, auditor: đơn vị mình và cấp dưới; unit-officer: đơn vị mình; administrator và "
        + "integration: tất cả) và được sửa bởi administrator và planner của đơn vị ban hành hoặc cấp trên. Kế hoạch của "
        + "đơn vị khác trả 403, mã không tồn tại cũng vậy trừ người dùng cấp tỉnh (khi đó 404).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"administrator", "planner", "unit-officer", "leader", "auditor", "integration"})
public class PlanResource {

    static final String PLAN_EXAMPLE = "{\"title\":\"Kế hoạch kiểm soát thủ tục hành chính năm 2025\",\"kind\":\"TTHC_CONTROL\","
            + "\"issuingUnitCode\":\"ST-SKHCN\",\"place\":\"Sóc Trăng\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\","
            + "\"legalBases\":[{\"text\":\"Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính\"}],"
            + "\"purposes\":\"Nâng cao chất lượng giải quyết thủ tục hành chính.\","
            + "\"targets\":[{\"metric\":\"Tỷ lệ hồ sơ giải quyết đúng hạn\",\"value\":99,\"unit\":\"%\"}]}";
    static final String AMEND_EXAMPLE = "{\"number\":\"05/KH-SKHCN\",\"title\":\"Kế hoạch kiểm soát thủ tục hành chính năm 2025\","
            + "\"issuingUnitCode\":\"ST-SKHCN\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\","
            + "\"amendmentReason\":\"Bổ sung nhiệm vụ theo chỉ đạo của UBND tỉnh\"}";
    static final String TASK_EXAMPLE = "{\"label\":\"1\",\"content\":\"Rà soát, đánh giá quy định, thủ tục hành chính\","
            + "\"leadUnitCode\":\"ST-SKHCN-QLKH\",\"cooperatingUnitCodes\":[\"ST-SKHCN-VP\"],"
            + "\"timeText\":\"Định kỳ hàng quý (trước ngày 19 của tháng cuối quý)\"}";

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
    @Operation(operationId = "createPlan", summary = "Tạo kế hoạch (bản nháp)",
            description = "A planner creates plans only for their unit or a unit below it (issuingUnitCode; 403 for "
                    + "another, 400 when left out); administrators for any unit or none. The creator is recorded (createdBy).")
    @APIResponse(responseCode = "201", description = "Kế hoạch nháp vừa tạo",
            headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = PlanViews.PlanView.class)))
    @Idempotent
    public Response create(@BeanParam IdempotencyKey idempotencyKey, @RequestBody(description = "Thông tin kế hoạch", content = @Content(
            examples = @ExampleObject(name = "ke-hoach", value = PLAN_EXAMPLE)))
                           @Valid @NotNull PlanRequests.PlanBody body) {
        Plan plan = service.createPlan(caller.get(), body.details());
        return Response.created(URI.create("/plans/" + plan.id())).entity(PlanViews.PlanView.of(plan))
                .tag(ETags.of(plan.version())).build();
    }

    @GET
    @Operation(operationId = "listPlans", summary = "Danh sách kế hoạch", description = "The plans the caller sees (those whose issuing unit they see), "
            + "newest first; filtered by status, kind and issuing unit; paginated, the total counting only what the caller sees.")
    public Page<PlanViews.PlanView> list(@QueryParam("status") PlanStatus status, @QueryParam("kind") PlanKind kind,
                                         @QueryParam("issuingUnitCode") String issuingUnitCode,
                                         @Valid @BeanParam PageRequest page) {
        return Page.of(service.search(caller.get(), status, kind, issuingUnitCode), page, PlanViews.PlanView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan", summary = "Xem một kế hoạch", description = "The ETag is the plan's version; send it back as If-Match to change the plan.")
    @APIResponse(responseCode = "200", description = "Kế hoạch", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = PlanViews.PlanView.class)))
    public Response get(@PathParam("id") UUID id) {
        Plan plan = service.plan(caller.get(), id);
        return Response.ok(PlanViews.PlanView.of(plan)).tag(ETags.of(plan.version())).build();
    }

    @RolesAllowed({"administrator", "planner"})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updatePlan", summary = "Sửa kế hoạch nháp hoặc điều chỉnh kế hoạch đã ban hành",
            description = "A draft changes freely. An issued plan changes only with an amendmentReason, which is recorded with who amended it (409 without one). A closed plan does not change. A stale If-Match gets 412. A planner cannot move a plan to an issuing unit outside their unit's subtree (403).")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Kế hoạch sau khi sửa", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = PlanViews.PlanView.class)))
    public Response update(@PathParam("id") UUID id,
                           @RequestBody(description = "Toàn bộ thông tin kế hoạch (thay thế); amendmentReason khi kế hoạch đã ban hành",
                                   content = @Content(examples = @ExampleObject(name = "dieu-chinh", value = AMEND_EXAMPLE)))
                           @Valid @NotNull PlanRequests.PlanBody body, @Context HttpHeaders headers) {
        Plan plan = service.updatePlan(caller.get(), id, ETags.expectedVersion(headers), body.details(), body.amendmentReason());
        return Response.ok(PlanViews.PlanView.of(plan)).tag(ETags.of(plan.version())).build();
    }

    @GET
    @Path("/{id}/amendments")
    @Operation(operationId = "listPlanAmendments", summary = "Các lần điều chỉnh kế hoạch đã ban hành", description = "Each with its reason, who amended the plan (subject, name, unit) and when.")
    public List<PlanViews.AmendmentView> amendments(@PathParam("id") UUID id) {
        return service.amendments(caller.get(), id).stream().map(PlanViews.AmendmentView::of).toList();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getPlanHistory", summary = "Lịch sử thay đổi của kế hoạch và nhiệm vụ",
            description = "The audit trail, oldest first: created or imported, edited, amended, issued, closed, sections and tasks added, progress recorded, tasks reopened, reassigned or linked to a report regime; each with who made it (subject, name, unit) and when.")
    public List<PlanViews.ChangeView> history(@PathParam("id") UUID id) {
        return service.history(caller.get(), id).stream().map(PlanViews.ChangeView::of).toList();
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/issue")
    @Operation(operationId = "issuePlan", summary = "Ban hành kế hoạch nháp", description = "Needs its number (in the body or already set). Publishes vn.tthc.plan.plan.issued.v1.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Kế hoạch đã ban hành", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = PlanViews.PlanView.class)))
    public Response issue(@PathParam("id") UUID id,
                          @RequestBody(required = false, description = "Số ký hiệu và ngày ký (nếu chưa có)", content = @Content(
                                  examples = @ExampleObject(name = "ban-hanh", value = "{\"number\":\"05/KH-SKHCN\",\"signedOn\":\"2025-01-27\"}")))
                          @Valid PlanRequests.IssuePlan body, @Context HttpHeaders headers) {
        Plan plan = service.issuePlan(caller.get(), id, ETags.expectedVersion(headers), body == null ? null : body.number(),
                body == null ? null : body.signedOn());
        return Response.ok(PlanViews.PlanView.of(plan)).tag(ETags.of(plan.version())).build();
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "closePlan", summary = "Kết thúc kế hoạch đã ban hành khi hết kỳ")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Kế hoạch đã kết thúc", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.PlanView.class)))
    public Response close(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Plan plan = service.closePlan(caller.get(), id, ETags.expectedVersion(headers));
        return Response.ok(PlanViews.PlanView.of(plan)).tag(ETags.of(plan.version())).build();
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/sections")
    @Operation(operationId = "addPlanSection", summary = "Thêm mục vào phụ lục của kế hoạch nháp",
            description = "A section has no address of its own: it is read with the appendix (no Location).")
    @Extension(name = Api.NO_LOCATION, value = "true")
    @APIResponse(responseCode = "201", description = "Mục vừa thêm",
            content = @Content(schema = @Schema(implementation = PlanViews.SectionView.class)))
    @Idempotent
    public Response addSection(@PathParam("id") UUID id, @BeanParam IdempotencyKey idempotencyKey,
                               @RequestBody(description = "Số thứ tự và tên mục", content = @Content(examples = @ExampleObject(
                                       name = "muc", value = "{\"label\":\"I\",\"title\":\"Công tác chỉ đạo, điều hành\"}")))
                               @Valid @NotNull PlanRequests.CreateSection body) {
        var section = service.addSection(caller.get(), id, body.label(), body.title());
        return Response.status(Response.Status.CREATED)
                .entity(new PlanViews.SectionView(section.id(), section.label(), section.title(), List.of())).build();
    }

    @RolesAllowed({"administrator", "planner"})
    @POST
    @Path("/{id}/tasks")
    @Operation(operationId = "addPlanTask", summary = "Thêm nhiệm vụ vào phụ lục của kế hoạch nháp",
            description = "Units by code (unknown codes are kept and flagged as warnings); the time as printed in timeText, or a dueDate. Publishes vn.tthc.plan.task.created.v1.")
    @APIResponse(responseCode = "201", description = "Nhiệm vụ vừa thêm", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = PlanViews.TaskView.class)))
    @Idempotent
    public Response addTask(@PathParam("id") UUID id, @BeanParam IdempotencyKey idempotencyKey,
                            @RequestBody(description = "Nhiệm vụ: nội dung, đơn vị chủ trì, phối hợp, thời gian như in", content = @Content(
                                    examples = @ExampleObject(name = "nhiem-vu", value = TASK_EXAMPLE)))
                            @Valid @NotNull PlanRequests.CreateTask body) {
        var task = service.addTask(caller.get(), id, body.sectionId(), body.parentTaskId(), body.input());
        return Response.created(URI.create("/tasks/" + task.id())).entity(PlanViews.TaskView.of(task, LocalDate.now(clock)))
                .tag(ETags.of(task.version())).build();
    }

    @GET
    @Path("/{id}/tasks")
    @Operation(operationId = "listPlanTasks", summary = "Danh sách nhiệm vụ của kế hoạch theo thứ tự phụ lục",
            description = "All of them for a caller who sees the plan; otherwise those whose lead or cooperating unit the caller sees (403 when none).")
    public List<PlanViews.TaskView> tasks(@PathParam("id") UUID id) {
        LocalDate today = LocalDate.now(clock);
        return service.tasks(caller.get(), id).stream().map(task -> PlanViews.TaskView.of(task, today)).toList();
    }

    @GET
    @Path("/{id}/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(operationId = "exportPlanXlsx", summary = "Xuất bảng nhiệm vụ và tiến độ ra Excel (.xlsx)")
    @APIResponse(responseCode = "200", description = "Tệp Excel (Content-Disposition: attachment)",
            content = @Content(mediaType = Api.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportXlsx(@PathParam("id") UUID id) {
        return download(exports.xlsx(caller.get(), id));
    }

    @GET
    @Path("/{id}/export.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(operationId = "exportPlanDocx", summary = "Xuất bảng nhiệm vụ và tiến độ ra Word (.docx)")
    @APIResponse(responseCode = "200", description = "Tệp Word (Content-Disposition: attachment)",
            content = @Content(mediaType = Api.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportDocx(@PathParam("id") UUID id) {
        return download(exports.docx(caller.get(), id));
    }

    /** The file under an ASCII name, with the Vietnamese name in filename* (RFC 6266). */
    private static Response download(DocumentFile file) {
        return Response.ok(file.content(), file.mediaType()).header("Content-Disposition", file.contentDisposition()).build();
    }

    @GET
    @Path("/{id}/appendix")
    @Operation(operationId = "getPlanAppendix", summary = "Phụ lục của kế hoạch dạng cây", description = "Sections with their tasks, tasks with the tasks numbered under them.")
    public PlanViews.AppendixView appendix(@PathParam("id") UUID id) {
        PlanContents contents = service.appendix(caller.get(), id);
        return PlanViews.AppendixView.of(id, contents.sections(), contents.tasks(), LocalDate.now(clock));
    }
}
