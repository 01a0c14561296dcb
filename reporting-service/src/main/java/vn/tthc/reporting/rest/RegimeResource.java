package vn.tthc.reporting.rest;

import vn.tthc.platform.idempotency.Idempotent;
import vn.tthc.platform.idempotency.IdempotencyKey;
import vn.tthc.platform.web.PageRequest;
import jakarta.ws.rs.BeanParam;
import vn.tthc.platform.web.ETags;
import vn.tthc.platform.web.Page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import vn.tthc.platform.web.openapi.Api;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.reporting.Actor;
import vn.tthc.reporting.AdHocPeriod;
import vn.tthc.reporting.Caller;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.reporting.Regime;
import vn.tthc.reporting.RegimeChange;
import vn.tthc.reporting.period.PeriodType;
import vn.tthc.reporting.period.ScheduledPeriod;
import vn.tthc.reporting.regime.RegimeDefinition;
import vn.tthc.reporting.access.CurrentCaller;
import vn.tthc.reporting.service.PeriodService;
import vn.tthc.reporting.service.RegimeService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Report regimes as data, and their periods. */
@Path("/regimes")
@Tag(name = "Chế độ báo cáo", description = "Chế độ báo cáo, các kỳ báo cáo và yêu cầu báo cáo đột xuất")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER, Caller.LEADER, Caller.AUDITOR, Caller.INTEGRATION})
public class RegimeResource {

    private static final String EXAMPLE = """
            {"code":"tthc-control-skhcn","name":"Báo cáo kiểm soát thủ tục hành chính","receivingUnitCode":"SKHCN-VP",
             "reportingUnits":{"level":"DIVISION","kinds":["DIVISION","INSPECTORATE"],"under":"SKHCN"},
             "periodTypes":["QUARTERLY","AD_HOC"],"cutOff":{"closingDay":14},
             "deadlines":[{"level":"DIVISION","periodTypes":["QUARTERLY"],"kind":"BEFORE_DAY_OF_MONTH","day":17}],
             "forms":[{"code":"tong-hop","title":"Tình hình, kết quả kiểm soát thủ tục hành chính","groups":[{"code":"feedback",
               "label":"Phản ánh, kiến nghị","indicators":[{"code":"feedbackReceived","label":"Số phản ánh, kiến nghị tiếp nhận",
               "type":"INTEGER","required":true,"prefill":"feedbackReceived"}]}],"sections":[],"rules":[]}]}""";

    private final RegimeService service;
    private final PeriodService periods;
    private final ObjectMapper objectMapper;
    private final CurrentCaller caller;

    public RegimeResource(RegimeService service, PeriodService periods, ObjectMapper objectMapper,
                          CurrentCaller caller) {
        this.service = service;
        this.periods = periods;
        this.objectMapper = objectMapper;
        this.caller = caller;
    }

    public record RegimeSummary(String code, String name, String origin, String receivingUnitCode,
                                List<PeriodType> periodTypes, long version, Instant updatedAt) {
    }

    /** A regime: its metadata and its definition, the document it was written as. */
    public record RegimeView(String code, String name, String origin, long version, Instant createdAt, Instant updatedAt,
                             @Schema(implementation = RegimeDocument.class) JsonNode definition) {
    }

    public record PeriodView(String regimeCode, String key, PeriodType type, String label, LocalDate start, LocalDate end,
                             @Schema(description = "The effective last allowed day: the printed one, or when that is a "
                                     + "weekend or a day off the next working day (Civil Code 2015 art. 148(5)); a report "
                                     + "sent after it is late")
                             LocalDate lastAllowedDay,
                             @Schema(description = "The last allowed day as the regime or the request states it")
                             LocalDate printedLastAllowedDay,
                             boolean open,
                             @Schema(description = "Người yêu cầu báo cáo đột xuất; null với kỳ định kỳ", nullable = true)
                             ActorView requestedBy) {
    }

    /** One change in a regime's history. */
    public record RegimeChangeView(
            @Schema(description = "LOADED: the service loaded or refreshed the shipped regime (changedBy null); CREATED, UPDATED, DELETED")
            RegimeChange.Kind kind,
            @Schema(description = "The regime's version after the change (the version deleted); null for loads", nullable = true)
            Long version,
            Instant changedAt,
            @Schema(description = "Người thay đổi; null khi hệ thống nạp chế độ báo cáo có sẵn", nullable = true)
            ActorView changedBy) {
    }

    public record AdHocRequestBody(
            @NotBlank @Size(max = 50) String key,
            @NotBlank @Size(max = 1000) String title,
            @NotNull LocalDate windowStart,
            @NotNull LocalDate windowEnd,
            @NotNull LocalDate lastAllowedDay) {
    }

    @GET
    @Operation(operationId = "listRegimes", summary = "Danh sách chế độ báo cáo", description = "Shipped and customised regimes, by code.")
    public Page<RegimeSummary> list(@Valid @BeanParam PageRequest page) {
        return service.list(page).map(regime -> {
            RegimeDefinition definition = regime.read();
            return new RegimeSummary(regime.code, regime.name, regime.origin.name(), definition.receivingUnitCode(),
                    definition.periodTypes(), regime.version, regime.updatedAt);
        });
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegime", summary = "Một chế độ báo cáo và định nghĩa của nó", description = "The ETag header carries its version for If-Match.")
    @APIResponse(responseCode = "200", description = "Chế độ báo cáo", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegimeView.class)))
    public Response get(@Parameter(example = "tthc-control") @PathParam("code") String code) {
        return ok(service.find(code), Response.Status.OK);
    }

    @GET
    @Path("/{code}/changes")
    @Operation(operationId = "listRegimeChanges", summary = "Lịch sử của chế độ báo cáo: ai tạo, thay thế, xóa và khi nào",
            description = "Oldest first; kept after the regime is deleted.")
    @APIResponse(responseCode = "200", description = "Lịch sử thay đổi, cũ trước",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RegimeChangeView.class),
                    examples = @ExampleObject(name = "created, then replaced", value = """
                    [{"kind":"CREATED","version":0,"changedAt":"2025-01-06T02:00:00Z",
                      "changedBy":{"subject":"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0","name":"admin.tinh","unit":null}},
                     {"kind":"UPDATED","version":1,"changedAt":"2025-02-10T07:30:00Z",
                      "changedBy":{"subject":"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0","name":"admin.tinh","unit":null}}]""")))
    public List<RegimeChangeView> changes(@Parameter(example = "tthc-control") @PathParam("code") String code) {
        return service.changes(code).stream()
                .map(change -> new RegimeChangeView(change.kind, change.regimeVersion, change.changedAt,
                        ActorView.of(change.changedBy)))
                .toList();
    }

    @RolesAllowed(Caller.ADMINISTRATOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRegime", summary = "Tạo chế độ báo cáo",
            description = "The body is a regime document, as the shipped regimes are written. Every problem is reported "
                    + "at once, each field error naming its place in the document (e.g. forms[0].rules[1]).")
    @RequestBody(required = true, description = "Định nghĩa chế độ báo cáo", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegimeDocument.class), examples = @ExampleObject(name = "che-do", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Chế độ báo cáo vừa tạo", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegimeView.class)))
    @Idempotent
    public Response create(@BeanParam IdempotencyKey idempotencyKey, String document) {
        Regime regime = service.create(caller.get(), requireBody(document));
        return Response.fromResponse(ok(regime, Response.Status.CREATED))
                .location(UriBuilder.fromResource(RegimeResource.class).path(regime.code).build()).build();
    }

    @RolesAllowed(Caller.ADMINISTRATOR)
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceRegime", summary = "Thay thế định nghĩa của chế độ báo cáo",
            description = "With If-Match, answers 412 when the regime changed since it was read. A shipped regime edited "
                    + "here becomes CUSTOMISED and later releases no longer refresh it.")
    @RequestBody(required = true, description = "Định nghĩa mới của chế độ báo cáo", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegimeDocument.class), examples = @ExampleObject(name = "che-do", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Chế độ báo cáo sau khi thay thế", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegimeView.class)))
    public Response update(@PathParam("code") String code,
                           @Parameter(description = "ETag of the version read", example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                           String document) {
        return ok(service.update(caller.get(), code, requireBody(document), ETags.expectedVersion(ifMatch)),
                Response.Status.OK);
    }

    @RolesAllowed(Caller.ADMINISTRATOR)
    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteRegime", summary = "Xóa chế độ báo cáo", description = "Refused (409) once any report was drafted under it.")
    @APIResponse(responseCode = "204", description = "Đã xóa")
    public Response delete(@PathParam("code") String code, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(caller.get(), code, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{code}/periods")
    @Operation(operationId = "listRegimePeriods", summary = "Các kỳ báo cáo trong năm: khoảng số liệu và hạn gửi",
            description = "Regular periods follow the regime's cut-off rule (Q1 of 2025 runs from 15/12/2024 under Decree 09); "
                    + "deadlines are those of the level its units report at, working days counted on feedback-service's "
                    + "calendar. Ad-hoc requests whose window opens in the year are included.")
    public Page<PeriodView> periods(@PathParam("code") String code,
                                    @Parameter(example = "2025") @QueryParam("year") @Min(2000) @Max(2999) Integer year,
                                    @QueryParam("type") PeriodType type,
                                    @Valid @BeanParam PageRequest page) {
        RegimeDefinition regime = service.find(code).read();
        LocalDate today = periods.today();
        int chosenYear = year == null ? today.getYear() : year;
        Map<String, Actor> requesters = periods.adHocRequesters(code);
        return Page.of(periods.periods(regime, chosenYear, type), page)
                .map(period -> view(code, period, today, requesters.get(period.period().key())));
    }

    @RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.LEADER})
    @POST
    @Path("/{code}/ad-hoc-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestAdHocReport", summary = "Yêu cầu báo cáo đột xuất", description = "The request names its own period key, data window and "
            + "last allowed day. A retry with the same Idempotency-Key returns the same request. Planners and leaders "
            + "request reports only for a receiving unit they see (403 otherwise); the request records who made it.")
    @APIResponse(responseCode = "201", description = "Kỳ báo cáo đột xuất vừa yêu cầu",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class)))
    @Idempotent
    public Response requestAdHoc(@PathParam("code") String code, @BeanParam IdempotencyKey idempotencyKey,
                                 @RequestBody(description = "Mã kỳ, tên, khoảng số liệu và hạn gửi", content = @Content(
                                         mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "dot-xuat", value = """
                                         {"key":"2025-AH-01","title":"Báo cáo đột xuất tình hình giải quyết hồ sơ tồn đọng",
                                          "windowStart":"2025-01-01","windowEnd":"2025-05-31","lastAllowedDay":"2025-06-10"}""")))
                                 @Valid @NotNull AdHocRequestBody body) {
        RegimeDefinition regime = service.find(code).read();
        AdHocPeriod adHoc = periods.requestAdHoc(caller.get(), regime, body.key(), body.title(), body.windowStart(), body.windowEnd(),
                body.lastAllowedDay());
        return Response.created(UriBuilder.fromResource(PeriodResource.class).build(code, adHoc.periodKey))
                .entity(view(code, periods.schedule(regime, adHoc.periodKey), periods.today(), adHoc.requestedBy)).build();
    }

    private Response ok(Regime regime, Response.Status status) {
        JsonNode definition;
        try {
            definition = objectMapper.readTree(regime.definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored regime " + regime.code + " is not JSON", e);
        }
        return Response.status(status).tag(ETags.of(regime.version))
                .entity(new RegimeView(regime.code, regime.name, regime.origin.name(), regime.version, regime.createdAt,
                        regime.updatedAt, definition))
                .build();
    }

    static PeriodView view(String code, ScheduledPeriod scheduled, LocalDate today, Actor requestedBy) {
        var period = scheduled.period();
        return new PeriodView(code, period.key(), period.type(), period.label(), period.start(), period.end(),
                scheduled.lastAllowedDay(), scheduled.printedLastAllowedDay(), scheduled.isOpenOn(today),
                ActorView.of(requestedBy));
    }

    private static String requireBody(String document) {
        if (document == null || document.isBlank()) {
            throw new InvalidFieldException("body", "body.required");
        }
        return document;
    }
}
