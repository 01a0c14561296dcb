package vn.tthc.reporting.rest;

import vn.tthc.platform.idempotency.Idempotent;
import vn.tthc.platform.idempotency.IdempotencyKey;
import vn.tthc.platform.web.PageRequest;
import jakarta.ws.rs.BeanParam;
import vn.tthc.platform.web.ETags;
import vn.tthc.platform.web.Page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.tthc.platform.web.openapi.Api;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.reporting.Caller;
import vn.tthc.reporting.Prefill;
import vn.tthc.reporting.ReportContent;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.SubmissionDecision;
import vn.tthc.reporting.SubmissionStatus;
import vn.tthc.reporting.exports.DocumentFormat;
import vn.tthc.reporting.access.CurrentCaller;
import vn.tthc.reporting.service.DocumentService;
import vn.tthc.reporting.service.SubmissionService;
import vn.tthc.reporting.service.SubmissionState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Units' reports: draft, save, submit; the receiving side accepts or returns them. Who may do what to which unit's
 * report is decided by {@link SubmissionService} (SECURITY.md, "reporting-service").
 */
@Path("/submissions")
@Tag(name = "Báo cáo của đơn vị", description = "Báo cáo của đơn vị cho một kỳ, các phiên bản và quyết định của đơn vị nhận")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER, Caller.LEADER, Caller.AUDITOR, Caller.INTEGRATION})
public class SubmissionResource {

    static final String VIEW_EXAMPLE = """
            {"id":"0b6d7a4e-2f0c-4a55-9a43-3f1f2a8e6c10","regimeCode":"tthc-control","periodKey":"2025-Q1",
             "periodLabel":"Quý I năm 2025","periodStart":"2024-12-15","periodEnd":"2025-03-14","lastAllowedDay":"2025-03-17",
             "printedLastAllowedDay":"2025-03-17","unitCode":"ST-SKHCN-QLKH","status":"ACCEPTED","currentVersion":2,"firstSubmittedAt":"2025-03-18T02:10:00Z",
             "late":true,"createdAt":"2025-03-12T01:00:00Z",
             "createdBy":{"subject":"5b0f8a52-4c1e-4f7a-9d36-2f1c0e7d9a41","name":"nguyenvana.qlkh","unit":"ST-SKHCN-QLKH"},
             "version":2,"content":{"forms":{}},"prefilled":{},
             "versions":[
              {"number":1,"savedAt":"2025-03-18T02:05:00Z","submittedAt":"2025-03-18T02:10:00Z","late":true,
               "savedBy":{"subject":"5b0f8a52-4c1e-4f7a-9d36-2f1c0e7d9a41","name":"nguyenvana.qlkh","unit":"ST-SKHCN-QLKH"},
               "submittedBy":{"subject":"5b0f8a52-4c1e-4f7a-9d36-2f1c0e7d9a41","name":"nguyenvana.qlkh","unit":"ST-SKHCN-QLKH"}},
              {"number":2,"savedAt":"2025-03-20T03:00:00Z","submittedAt":"2025-03-20T03:05:00Z","late":true,
               "savedBy":{"subject":"c2d4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f","name":"tranthib.vp","unit":"ST-SKHCN"},
               "submittedBy":{"subject":"c2d4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f","name":"tranthib.vp","unit":"ST-SKHCN"}}],
             "decisions":[
              {"version":1,"decision":"RETURNED","comment":"Số liệu lĩnh vực Sở hữu trí tuệ chưa khớp.","decidedAt":"2025-03-19T08:00:00Z",
               "decidedBy":{"subject":"9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4","name":"levanc.giamdoc","unit":"ST-SKHCN"}},
              {"version":2,"decision":"ACCEPTED","comment":null,"decidedAt":"2025-03-21T01:30:00Z",
               "decidedBy":{"subject":"9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4","name":"levanc.giamdoc","unit":"ST-SKHCN"}}]}""";

    static final String CONTENT_EXAMPLE = """
            {"forms":{"tong-hop-kiem-soat-tthc":{"values":{"proceduresReviewed":12,"proceduresSimplificationProposed":3,
              "feedbackReceived":0,"feedbackHandled":0,"tasksCompleted":1,
              "results":"Rà soát 12 thủ tục hành chính, đề xuất đơn giản hóa 3 thủ tục.",
              "shortcomings":"Một nhiệm vụ hoàn thành chậm so với kế hoạch.","nextSteps":"Tiếp tục rà soát trong quý II."}}}}""";

    private final SubmissionService service;
    private final DocumentService documents;
    private final CurrentCaller caller;

    public SubmissionResource(SubmissionService service, DocumentService documents, CurrentCaller caller) {
        this.service = service;
        this.documents = documents;
        this.caller = caller;
    }

    public record DraftRequest(@NotBlank @Size(max = 100) String regimeCode,
                               @NotBlank @Size(max = 50) String periodKey,
                               @NotBlank @Size(max = 50) String unitCode) {
    }

    public record DecisionRequest(@NotNull SubmissionDecision.Kind decision, @Size(max = 4000) String comment) {
    }

    /** A prefilled value: its source, the value it was given, and whether the unit has changed it since. */
    public record PrefilledValue(String figure, String source, long value, boolean edited) {
    }

    /** One version in the report's history: when and by whom it was last saved, and submitted. */
    public record VersionSummary(int number, Instant savedAt, Instant submittedAt, Boolean late,
                                 @Schema(description = "Người lưu nội dung phiên bản này lần cuối") ActorView savedBy,
                                 @Schema(description = "Người gửi phiên bản này; null khi chưa gửi", nullable = true) ActorView submittedBy) {
    }

    /** One decision in the report's history, with who made it. */
    public record DecisionView(int version, SubmissionDecision.Kind decision, String comment, Instant decidedAt,
                               @Schema(description = "Người tiếp nhận hoặc trả lại báo cáo") ActorView decidedBy) {
    }

    public record SubmissionView(UUID id, String regimeCode, String periodKey, String periodLabel, LocalDate periodStart,
                                 LocalDate periodEnd,
                                 @Schema(description = "The effective deadline: the printed one, or when that is a "
                                         + "weekend or a day off the next working day (Civil Code 2015 art. 148(5))")
                                 LocalDate lastAllowedDay,
                                 @Schema(description = "The deadline as the regime or the request states it")
                                 LocalDate printedLastAllowedDay,
                                 String unitCode, SubmissionStatus status,
                                 int currentVersion, Instant firstSubmittedAt, Boolean late, Instant createdAt,
                                 @Schema(description = "Người tạo báo cáo") ActorView createdBy, int version,
                                 ReportContent content, Map<String, Map<String, PrefilledValue>> prefilled,
                                 List<VersionSummary> versions, List<DecisionView> decisions) {
    }

    public record SubmissionSummary(UUID id, String regimeCode, String periodKey, String unitCode, SubmissionStatus status,
                                    int currentVersion, Instant firstSubmittedAt, Boolean late, Instant updatedAt) {
    }

    @RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startSubmission", summary = "Bắt đầu báo cáo của đơn vị cho một kỳ",
            description = "The period must be open (its data window has begun) and the unit one of the regime's reporting "
                    + "units. Indicators the system knows from events are prefilled and marked with their source. A retry "
                    + "with the same Idempotency-Key returns the same draft. Unit officers start their own unit's reports, "
                    + "planners those of their unit and the units under it (403 otherwise). Records who started it.")
    @APIResponse(responseCode = "201", description = "Báo cáo nháp (điền sẵn số liệu từ sự kiện)",
            headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "404", description = "Không có chế độ báo cáo hoặc kỳ báo cáo được nêu")
    @Idempotent
    public Response startDraft(@BeanParam IdempotencyKey idempotencyKey,
                               @RequestBody(description = "Chế độ báo cáo, kỳ và đơn vị báo cáo", content = @Content(
                                       mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "bao-cao-quy",
                                       value = "{\"regimeCode\":\"tthc-control\",\"periodKey\":\"2025-Q1\",\"unitCode\":\"ST-SKHCN-QLKH\"}")))
                               @Valid @NotNull DraftRequest request) {
        SubmissionState state = service.startDraft(caller.get(), request.regimeCode(), request.periodKey(),
                request.unitCode());
        return Response.fromResponse(ok(state))
                .status(Response.Status.CREATED)
                .location(UriBuilder.fromResource(SubmissionResource.class).path(state.submission().id.toString()).build())
                .build();
    }

    @GET
    @Operation(operationId = "listSubmissions", summary = "Danh sách báo cáo", description = "Filtered by regime, period, unit and status; by period then unit. "
            + "Only reports of units the caller sees are listed and counted.")
    public Page<SubmissionSummary> list(@QueryParam("regimeCode") String regimeCode, @QueryParam("periodKey") String periodKey,
                                        @QueryParam("unitCode") String unitCode, @QueryParam("status") SubmissionStatus status,
                                        @Valid @BeanParam PageRequest page) {
        var query = service.search(caller.get(), regimeCode, periodKey, unitCode, status);
        return Page.of(query, page, SubmissionResource::summary);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubmission", summary = "Xem báo cáo: nội dung, số liệu điền sẵn, các phiên bản và quyết định",
            description = "The ETag header carries its version for If-Match. Versions and decisions show who saved, "
                    + "submitted and decided them. For a caller who does not see the submitting unit the answer is 403, "
                    + "as for an id that does not exist (404 only for province-wide callers).")
    @APIResponse(responseCode = "200", description = "Báo cáo", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class),
                    examples = @ExampleObject(name = "accepted after a return", value = VIEW_EXAMPLE)))
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(caller.get(), id, null));
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(operationId = "getSubmissionVersion", summary = "Một phiên bản của báo cáo, như khi lưu hoặc gửi")
    @APIResponse(responseCode = "200", description = "Báo cáo ở phiên bản đó", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    public Response version(@PathParam("id") UUID id, @PathParam("number") @Min(1) int number) {
        return ok(service.get(caller.get(), id, number));
    }

    @RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER})
    @PUT
    @Path("/{id}/content")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveSubmissionContent", summary = "Lưu nội dung báo cáo",
            description = "Values must have the types the forms ask for; required values and rules are checked on "
                    + "submission. A returned report is corrected in a new version; an accepted one cannot be changed (409). "
                    + "With If-Match, answers 412 when the report changed since it was read. Records who saved it.")
    @APIResponse(responseCode = "200", description = "Báo cáo sau khi lưu", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    public Response save(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                         @RequestBody(description = "Giá trị các chỉ tiêu và phần thuyết minh, theo từng biểu mẫu", content = @Content(
                                 mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "noi-dung", value = CONTENT_EXAMPLE)))
                         @Valid @NotNull ReportContent content) {
        return ok(service.save(caller.get(), id, content, ETags.expectedVersion(ifMatch)));
    }

    @RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER})
    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitSubmission", summary = "Gửi báo cáo đến đơn vị nhận",
            description = "Checks every form rule; a report sent after the last allowed day is flagged late. Publishes "
                    + "vn.tthc.reporting.submission.submitted.v1. Records who submitted it.")
    @APIResponse(responseCode = "200", description = "Báo cáo đã gửi", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return ok(service.submit(caller.get(), id, ETags.expectedVersion(ifMatch)));
    }

    @RolesAllowed({Caller.ADMINISTRATOR, Caller.LEADER})
    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideSubmission", summary = "Tiếp nhận hoặc trả lại báo cáo đã gửi",
            description = "ACCEPTED locks the report; RETURNED needs a comment, and the unit corrects it as a new version. "
                    + "Publishes vn.tthc.reporting.submission.accepted.v1 or returned.v1. Only leaders of a unit above the "
                    + "submitting unit (and administrators) decide; the decision records who made it.")
    @APIResponse(responseCode = "200", description = "Báo cáo sau quyết định", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    public Response decide(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                           @RequestBody(description = "ACCEPTED (tiếp nhận) hoặc RETURNED (trả lại, kèm ý kiến)", content = @Content(
                                   mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "tra-lai",
                                   value = "{\"decision\":\"RETURNED\",\"comment\":\"Số liệu lĩnh vực Sở hữu trí tuệ chưa khớp.\"}")))
                           @Valid @NotNull DecisionRequest request) {
        return ok(service.decide(caller.get(), id, request.decision(), request.comment(),
                ETags.expectedVersion(ifMatch)));
    }

    @GET
    @Path("/{id}/document")
    @Produces({DocumentFormats.DOCX, DocumentFormats.XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportSubmissionDocument", summary = "Xuất báo cáo theo mẫu (.docx hoặc .xlsx)",
            description = "The current version, or the one named; dated the day it was submitted.")
    @APIResponse(responseCode = "200", description = "Tệp báo cáo (Content-Disposition: attachment)", content = {
            @Content(mediaType = DocumentFormats.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormats.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("id") UUID id, @Parameter(description = "Định dạng tệp: docx (Word) hoặc xlsx (Excel), không phân biệt hoa thường", example = "docx", schema = @Schema(pattern = "^([dD][oO][cC][xX]|[xX][lL][sS][xX])$")) @QueryParam("format") String format,
                             @QueryParam("version") @Min(1) Integer version) {
        return DocumentFormats.download(documents.submission(caller.get(), id, version, DocumentFormat.parse(format)));
    }

    private static Response ok(SubmissionState state) {
        Submission s = state.submission();
        Map<String, Map<String, PrefilledValue>> prefilled = new LinkedHashMap<>();
        state.prefilled().forEach((form, marks) -> {
            ReportContent.FormEntry entry = state.content().form(form);
            Map<String, PrefilledValue> values = new LinkedHashMap<>();
            marks.forEach((indicator, mark) -> values.put(indicator, view(mark, entry == null || entry.values() == null
                    ? null : entry.values().get(indicator))));
            prefilled.put(form, values);
        });
        SubmissionView view = new SubmissionView(s.id, s.regimeCode, s.periodKey, s.periodLabel, s.periodStart, s.periodEnd,
                s.lastAllowedDay, s.printedLastAllowedDay, s.unitCode, s.status, s.currentVersion, s.firstSubmittedAt, s.firstLate, s.createdAt,
                ActorView.of(s.createdBy), state.shownVersion(), state.content(), prefilled,
                state.versions().stream().map(v -> new VersionSummary(v.number, v.savedAt, v.submittedAt, v.late,
                        ActorView.of(v.savedBy), ActorView.of(v.submittedBy))).toList(),
                state.decisions().stream().map(d -> new DecisionView(d.versionNumber, d.decision, d.comment, d.decidedAt,
                        ActorView.of(d.decidedBy))).toList());
        return Response.ok(view).tag(ETags.of(s.rowVersion)).build();
    }

    private static PrefilledValue view(Prefill mark, Object current) {
        boolean edited = !(current instanceof Number number)
                || new BigDecimal(number.toString()).compareTo(BigDecimal.valueOf(mark.value())) != 0;
        return new PrefilledValue(mark.figure(), mark.source(), mark.value(), edited);
    }

    private static SubmissionSummary summary(Submission s) {
        return new SubmissionSummary(s.id, s.regimeCode, s.periodKey, s.unitCode, s.status, s.currentVersion,
                s.firstSubmittedAt, s.firstLate, s.updatedAt);
    }
}
