package vn.tthc.feedback.rest;

import vn.tthc.platform.idempotency.Idempotent;
import vn.tthc.platform.idempotency.IdempotencyKey;
import vn.tthc.platform.web.ProblemMessages;
import vn.tthc.platform.web.ETags;
import vn.tthc.platform.web.Page;
import vn.tthc.platform.web.PageRequest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tthc.platform.web.openapi.Api;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.platform.errors.AccessDeniedException;
import vn.tthc.feedback.Attachment;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.ItemAction;
import vn.tthc.feedback.ItemStatus;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.feedback.service.ItemQueries;
import vn.tthc.feedback.rest.ItemRequests.ClassificationBody;
import vn.tthc.feedback.rest.ItemRequests.DraftBody;
import vn.tthc.feedback.rest.ItemRequests.ExtensionBody;
import vn.tthc.feedback.rest.ItemRequests.MergeBody;
import vn.tthc.feedback.rest.ItemRequests.NoteBody;
import vn.tthc.feedback.rest.ItemRequests.ReasonBody;
import vn.tthc.feedback.rest.ItemRequests.SubmissionBody;
import vn.tthc.feedback.rest.ItemViews.DueStepView;
import vn.tthc.feedback.rest.ItemViews.DuplicateView;
import vn.tthc.feedback.rest.ItemViews.ItemSummary;
import vn.tthc.feedback.rest.ItemViews.ItemView;
import vn.tthc.feedback.access.CurrentCaller;
import vn.tthc.feedback.access.ItemAccess;
import vn.tthc.feedback.service.DeadlineService;
import vn.tthc.feedback.service.DuplicateService;
import vn.tthc.feedback.service.WorkflowService;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The staff side: intake of paper, phone and email items, and every step of the workflow. Each action is
 * recorded with the caller's subject, name and unit from the bearer token; who may do what to which item is
 * {@link Caller}'s rule (SECURITY.md). An action the item's status does not allow is a 409; If-Match with the
 * item's ETag guards against concurrent changes (412).
 */
@Path("/items")
@Tag(name = "Xử lý phản ánh, kiến nghị", description = "Cán bộ tiếp nhận và xử lý. Mỗi thay đổi được ghi cùng định danh (subject), tên và "
        + "đơn vị của người gọi lấy từ bearer token. Phản ánh, kiến nghị của đơn vị khác và mã không tồn tại đều trả cùng một 403 "
        + "(404 chỉ với người dùng cấp tỉnh).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER, Caller.LEADER, Caller.AUDITOR, Caller.INTEGRATION})
public class ItemResource {

    static final String STAFF_EXAMPLE = "{\"sender\":{\"name\":\"Trần Thị Bình\",\"address\":\"Số 45 Lê Lợi, Phường 6, TP Sóc Trăng\","
            + "\"phone\":\"0299 3822 456\"},\"title\":\"Đề nghị hướng dẫn thủ tục đăng ký hoạt động khoa học và công nghệ\","
            + "\"content\":\"Tôi gửi văn bản đề nghị Sở hướng dẫn hồ sơ đăng ký hoạt động khoa học và công nghệ.\","
            + "\"field\":\"Hoạt động khoa học và công nghệ\",\"channel\":\"WRITTEN\",\"publicationConsent\":false,"
            + "\"receivingUnitCode\":\"ST-SKHCN\",\"receivedOn\":\"2025-03-03\"}";

    private final Intake intake;
    private final WorkflowService workflow;
    private final DuplicateService duplicates;
    private final DeadlineService deadlines;
    private final ItemQueries queries;
    private final ItemAccess access;
    private final CurrentCaller callers;
    private final ProblemMessages messages;

    @Context
    HttpHeaders headers;

    public ItemResource(Intake intake, WorkflowService workflow, DuplicateService duplicates, DeadlineService deadlines,
                        ItemQueries queries, ItemAccess access, CurrentCaller callers,
                        ProblemMessages messages) {
        this.intake = intake;
        this.workflow = workflow;
        this.duplicates = duplicates;
        this.deadlines = deadlines;
        this.queries = queries;
        this.access = access;
        this.callers = callers;
        this.messages = messages;
    }

    @RolesAllowed({Caller.PLANNER, Caller.UNIT_OFFICER, Caller.ADMINISTRATOR})
    @POST
    @Operation(operationId = "enterItem", summary = "Nhập phản ánh, kiến nghị nhận qua văn bản, điện thoại, thư điện tử hoặc trực tiếp",
            description = "Roles: planner, unit-officer, administrator. Records who entered it (the token's subject, name and "
                    + "unit). receivingUnitCode defaults to the caller's unit; planners may enter for their unit or a unit below "
                    + "it, unit officers for their own unit (else 403). receivedOn defaults to today. An Idempotency-Key is "
                    + "optional here.")
    @APIResponse(responseCode = "201", description = "Đã tiếp nhận: mã tra cứu và mã bí mật để người gửi tra cứu",
            headers = {@Header(name = "Location", ref = Api.LOCATION), @Header(name = "Idempotent-Replayed", ref = Api.IDEMPOTENT_REPLAYED)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemViews.IntakeView.class)))
    @Idempotent
    public Response enter(@BeanParam IdempotencyKey idempotencyKey, @RequestBody(description = "Phản ánh, kiến nghị và người gửi", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                  examples = @ExampleObject(name = "van-ban", value = STAFF_EXAMPLE)))
                          @Valid @NotNull SubmissionBody body) {
        Caller caller = callers.get();
        if (body.channel().online()) {
            throw new InvalidFieldException("channel", "channel.portal-only");
        }
        String receivingUnit = body.receivingUnitCode() != null ? body.receivingUnitCode() : caller.unit();
        if (receivingUnit == null) {
            throw new InvalidFieldException("receivingUnitCode", "unit.required");
        }
        if (!queries.unitExists(receivingUnit)) {
            throw new InvalidFieldException("receivingUnitCode", "unit.unknown");
        }
        if (!caller.mayEnterFor(access.path(receivingUnit))) {
            throw new AccessDeniedException();
        }
        return intake.submit(body, caller.actor(), caller.unit(), messages);
    }

    @GET
    @Operation(operationId = "listItems", summary = "Danh sách phản ánh, kiến nghị", description = "Only the items the caller sees (received or handled by their unit, or "
            + "below it for planners, leaders and auditors; province-wide for administrators and integration); the total "
            + "counts those. Filtered by status, unit (and the units below it), field and words (without diacritics or "
            + "case); newest first; paginated.")
    public Page<ItemSummary> list(@QueryParam("status") ItemStatus status,
                                  @QueryParam("unitCode") @Size(max = 50) String unitCode,
                                  @QueryParam("field") @Size(max = 200) String field,
                                  @QueryParam("q") @Size(max = 200) String q,
                                  @Valid @BeanParam PageRequest page) {
        return queries.search(callers.get(), status, unitCode, field, q, page).map(ItemSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getItem", summary = "Xem một phản ánh, kiến nghị", description = "Everything, with contacts, steps and the audit trail (who: subject, "
            + "name and unit; when). The ETag is its version.")
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response get(@PathParam("id") UUID id) {
        return view(access.require(id, callers.get(), ItemAction.READ));
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadItemAttachment", summary = "Tải tệp đính kèm", description = "With its SHA-256 checksum in the Digest header.")
    @APIResponse(responseCode = "200", description = "Tệp đính kèm (PDF, JPEG, PNG hoặc DOCX), Content-Disposition: attachment", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Api.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        Attachment attachment = access.require(id, callers.get(), ItemAction.READ).attachments().stream().filter(a -> a.id().equals(attachmentId))
                .findFirst().orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return Response.ok(attachment.content(), attachment.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + attachment.id() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(attachment.sha256())))
                .build();
    }

    @RolesAllowed({Caller.PLANNER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/classification")
    @Operation(operationId = "classifyItem", summary = "Phân loại phản ánh, kiến nghị đã tiếp nhận", description = "Roles: planner (at or above the receiving unit), "
            + "administrator. NOT_ACCEPTED (with a reason the sender sees), CONDUCT or OUTSIDE_COMPETENCE (transferred; a "
            + "unit of the tree or an agency's name), WITHIN_COMPETENCE (assigned to a division below the receiving agency).")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị sau khi phân loại", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response classify(@PathParam("id") UUID id, @RequestBody(description = "Kết quả phân loại", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 examples = @ExampleObject(name = "giao-phong", value = "{\"classification\":\"WITHIN_COMPETENCE\",\"handlingUnitCode\":\"ST-SKHCN-QLKH\",\"note\":\"Giao Phòng Quản lý khoa học xử lý\"}"))) @Valid @NotNull ClassificationBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.classify(id, ETags.expectedVersion(headers), new WorkflowService.Decision(
                body.classification(), body.reason(), body.handlingUnitCode(), body.transferUnitCode(),
                body.transferAgency(), body.note()), caller));
    }

    @RolesAllowed({Caller.UNIT_OFFICER, Caller.PLANNER})
    @POST
    @Path("/{id}/start")
    @Operation(operationId = "startItemHandling", summary = "Phòng, đơn vị bắt đầu xử lý",
            description = "Roles: unit-officer (of the handling unit), planner (at or above it).")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị đang xử lý", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response start(@PathParam("id") UUID id, @RequestBody(required = false, description = "Ghi chú (không bắt buộc)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 examples = @ExampleObject(name = "ghi-chu", value = "{\"note\":\"Đã liên hệ người gửi để bổ sung thông tin\"}"))) @Valid NoteBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.start(id, ETags.expectedVersion(headers), note(body), caller));
    }

    @RolesAllowed({Caller.UNIT_OFFICER, Caller.PLANNER})
    @POST
    @Path("/{id}/answer-draft")
    @Operation(operationId = "draftItemAnswer", summary = "Phòng, đơn vị báo cáo kèm dự thảo trả lời",
            description = "Roles: unit-officer (of the handling unit), planner (at or above it).")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị có dự thảo trả lời", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response draft(@PathParam("id") UUID id, @RequestBody(description = "Dự thảo trả lời", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 examples = @ExampleObject(name = "du-thao", value = "{\"answer\":\"Hồ sơ của ông đã được giải quyết ngày 15/01/2025; kết quả được trả qua dịch vụ bưu chính.\",\"note\":\"Đã kiểm tra với bộ phận một cửa\"}"))) @Valid @NotNull DraftBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.draftAnswer(id, ETags.expectedVersion(headers), body.answer(), body.note(), caller));
    }

    @RolesAllowed({Caller.LEADER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/answer-approval")
    @Operation(operationId = "approveItemAnswer", summary = "Lãnh đạo duyệt dự thảo trả lời",
            description = "Roles: leader (of the handling unit or a unit above it), administrator.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị có trả lời đã duyệt", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response approve(@PathParam("id") UUID id, @RequestBody(required = false, description = "Ghi chú (không bắt buộc)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 examples = @ExampleObject(name = "duyet", value = "{\"note\":\"Đồng ý nội dung trả lời\"}"))) @Valid NoteBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.approveAnswer(id, ETags.expectedVersion(headers), note(body), caller));
    }

    @RolesAllowed({Caller.LEADER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/answer-return")
    @Operation(operationId = "returnItemAnswer", summary = "Trả lại dự thảo trả lời chưa đạt", description = "Roles: leader (of the handling "
            + "unit or a unit above it), administrator. Back to IN_PROGRESS with a new handling step; the note says why.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị trở lại bước xử lý", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response returnAnswer(@PathParam("id") UUID id, @RequestBody(description = "Lý do trả lại", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 examples = @ExampleObject(name = "tra-lai", value = "{\"note\":\"Dự thảo chưa trả lời nội dung về thời hạn giải quyết\"}"))) @Valid @NotNull ReasonBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.returnAnswer(id, ETags.expectedVersion(headers), body.note(), caller));
    }

    @RolesAllowed({Caller.PLANNER, Caller.LEADER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/answer-sending")
    @Operation(operationId = "sendItemAnswer", summary = "Gửi trả lời đã duyệt", description = "Roles: planner or leader (at or above the receiving unit), "
            + "administrator. Publishes vn.tthc.feedback.item.answered.v1 with the due date and whether it was on time.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị đã trả lời", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response send(@PathParam("id") UUID id, @RequestBody(required = false, description = "Ghi chú (không bắt buộc)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 examples = @ExampleObject(name = "gui", value = "{\"note\":\"Gửi qua thư điện tử và bưu chính\"}"))) @Valid NoteBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.sendAnswer(id, ETags.expectedVersion(headers), note(body), caller));
    }

    @RolesAllowed({Caller.PLANNER, Caller.LEADER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/publication")
    @Operation(operationId = "publishItemAnswer", summary = "Công khai trả lời đã gửi", description = "Roles: planner or leader (at or above the receiving unit), "
            + "administrator. Only with the sender's consent to publication (else 409).")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị đã công khai", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response publish(@PathParam("id") UUID id, @RequestBody(required = false, description = "Ghi chú (không bắt buộc)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 examples = @ExampleObject(name = "cong-khai", value = "{\"note\":\"Công khai trên Cổng thông tin điện tử của Sở\"}"))) @Valid NoteBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.publish(id, ETags.expectedVersion(headers), note(body), caller));
    }

    @RolesAllowed({Caller.PLANNER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/extensions")
    @Operation(operationId = "extendItemStep", summary = "Gia hạn bước đang thực hiện", description = "Roles: planner (at or above the receiving unit), "
            + "administrator. A reason is required. The step's due date, and the answer's, move by workingDays (default: a "
            + "normal handling time becomes a complex case's).")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị sau khi gia hạn", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response extend(@PathParam("id") UUID id, @RequestBody(description = "Lý do và số ngày làm việc gia hạn", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 examples = @ExampleObject(name = "gia-han", value = "{\"reason\":\"Vụ việc phức tạp, cần lấy ý kiến Sở Tư pháp\",\"workingDays\":5}"))) @Valid @NotNull ExtensionBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.extend(id, ETags.expectedVersion(headers), body.reason(), body.workingDays(), caller));
    }

    @GET
    @Path("/{id}/duplicates")
    @Operation(operationId = "listItemDuplicates", summary = "Các phản ánh, kiến nghị có thể trùng", description = "Found on intake by trigram similarity, and links made "
            + "by staff (with who decided and when); only the other items the caller sees.")
    public List<DuplicateView> duplicates(@PathParam("id") UUID id) {
        Caller caller = callers.get();
        access.require(id, caller, ItemAction.READ);
        return duplicates.candidates(id).stream()
                .map(c -> DuplicateView.of(c, id))
                .filter(view -> queries.sees(caller, view.otherItemId()))
                .toList();
    }

    @RolesAllowed({Caller.PLANNER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/duplicates/{otherId}/link")
    @Operation(operationId = "linkItemDuplicate", summary = "Xác nhận hai phản ánh, kiến nghị trùng nhau", description = "Roles: planner (at or above the item's receiving unit; "
            + "the other item must be one they see), administrator. Both stay open.")
    public DuplicateView link(@PathParam("id") UUID id, @PathParam("otherId") UUID otherId) {
        return DuplicateView.of(duplicates.link(id, otherId, callers.get()), id);
    }

    @RolesAllowed({Caller.PLANNER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/duplicates/{otherId}/dismissal")
    @Operation(operationId = "dismissItemDuplicate", summary = "Bỏ nghi vấn trùng", description = "Roles: planner (at or above the item's receiving unit; "
            + "the other item must be one they see), administrator.")
    public DuplicateView dismiss(@PathParam("id") UUID id, @PathParam("otherId") UUID otherId) {
        return DuplicateView.of(duplicates.dismiss(id, otherId, callers.get()), id);
    }

    @RolesAllowed({Caller.PLANNER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/merge")
    @Operation(operationId = "mergeItem", summary = "Gộp phản ánh, kiến nghị trùng vào một phản ánh, kiến nghị khác", description = "Roles: planner (at or above the item's receiving "
            + "unit; the other item must be one they see), administrator. The item is closed (MERGED) and points to the other.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Phản ánh, kiến nghị đã gộp (MERGED)", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response merge(@PathParam("id") UUID id, @RequestBody(description = "Phản ánh, kiến nghị được gộp vào", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 examples = @ExampleObject(name = "gop", value = "{\"intoItemId\":\"7d3e2c1b-0a9f-4e8d-b7c6-5a4b3c2d1e0f\",\"note\":\"Cùng người gửi, cùng nội dung\"}"))) @Valid @NotNull MergeBody body) {
        Caller caller = callers.get();
        return act(() -> duplicates.merge(id, body.intoItemId(), body.note(), caller, ETags.expectedVersion(headers)));
    }

    @GET
    @Path("/due")
    @Operation(operationId = "listDueSteps", summary = "Các bước đến hạn trong N ngày làm việc tới", description = "Open steps of a unit and the units below it, "
            + "due from today to the N-th working day after today; soonest first. The unit must be one the caller sees (403 "
            + "otherwise); a unit officer gets their own unit's steps only.")
    public Page<DueStepView> due(@QueryParam("unitCode") @NotNull @Pattern(regexp = ItemRequests.UNIT_CODE) String unitCode,
                                 @Parameter(description = "N, 0–60") @QueryParam("workingDays") @DefaultValue("3") @Min(0) @Max(60) int workingDays,
                                 @Valid @BeanParam PageRequest page) {
        List<String> unitCodes = access.unitsUnder(unitCode, callers.get());
        return Page.of(deadlines.dueWithin(unitCodes, deadlines.window(workingDays)), page, DueStepView::of);
    }

    /** Runs one action in its transaction and answers with the item as it now is (flushed: the ETag is its new version). */
    private Response act(Supplier<FeedbackItem> action) {
        return queries.act(action, this::view);
    }

    private Response view(FeedbackItem item) {
        return Response.ok(ItemView.of(item, messages)).tag(ETags.of(item.version())).build();
    }

    private static String note(NoteBody body) {
        return body == null ? null : body.note();
    }
}
