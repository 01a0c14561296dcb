package vn.tthc.reporting.rest;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.reporting.Prefill;
import vn.tthc.reporting.ReportContent;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.SubmissionDecision;
import vn.tthc.reporting.SubmissionStatus;
import vn.tthc.reporting.export.DocumentFormat;
import vn.tthc.reporting.repository.Submissions;
import vn.tthc.reporting.service.DocumentService;
import vn.tthc.reporting.service.SubmissionService;
import vn.tthc.reporting.service.SubmissionState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Units' reports: draft, save, submit; the receiving unit accepts or returns them. */
@Path("/submissions")
@Tag(name = "Báo cáo của đơn vị", description = "A unit's report for a period, its versions and the receiver's decisions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    private final SubmissionService service;
    private final Submissions submissions;
    private final DocumentService documents;

    public SubmissionResource(SubmissionService service, Submissions submissions, DocumentService documents) {
        this.service = service;
        this.submissions = submissions;
        this.documents = documents;
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

    public record VersionSummary(int number, Instant savedAt, Instant submittedAt, Boolean late) {
    }

    public record DecisionView(int version, SubmissionDecision.Kind decision, String comment, Instant decidedAt) {
    }

    public record SubmissionView(UUID id, String regimeCode, String periodKey, String periodLabel, LocalDate periodStart,
                                 LocalDate periodEnd, LocalDate lastAllowedDay, String unitCode, SubmissionStatus status,
                                 int currentVersion, Instant firstSubmittedAt, Boolean late, int version,
                                 ReportContent content, Map<String, Map<String, PrefilledValue>> prefilled,
                                 List<VersionSummary> versions, List<DecisionView> decisions) {
    }

    public record SubmissionSummary(UUID id, String regimeCode, String periodKey, String unitCode, SubmissionStatus status,
                                    int currentVersion, Instant firstSubmittedAt, Boolean late, Instant updatedAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a unit's report for a period",
            description = "The period must be open (its data window has begun) and the unit one of the regime's reporting "
                    + "units. Indicators the system knows from events are prefilled and marked with their source. A retry "
                    + "with the same Idempotency-Key returns the same draft.")
    public Response startDraft(@HeaderParam(ETags.IDEMPOTENCY_KEY) @Size(max = 200) String idempotencyKey,
                               @Valid @NotNull DraftRequest request) {
        SubmissionState state = service.startDraft(request.regimeCode(), request.periodKey(), request.unitCode(), idempotencyKey);
        return Response.fromResponse(ok(state))
                .status(Response.Status.CREATED)
                .location(UriBuilder.fromResource(SubmissionResource.class).path(state.submission().id.toString()).build())
                .build();
    }

    @GET
    @Operation(summary = "List reports", description = "Filtered by regime, period, unit and status; by period then unit.")
    public Page<SubmissionSummary> list(@QueryParam("regimeCode") String regimeCode, @QueryParam("periodKey") String periodKey,
                                        @QueryParam("unitCode") String unitCode, @QueryParam("status") SubmissionStatus status,
                                        @QueryParam("page") @DefaultValue(Page.PAGE_DEFAULT) @Min(0) int page,
                                        @QueryParam("size") @DefaultValue(Page.SIZE_DEFAULT) @Min(1) @Max(Page.SIZE_MAX) int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        filter(conditions, parameters, "regimeCode", regimeCode);
        filter(conditions, parameters, "periodKey", periodKey);
        filter(conditions, parameters, "unitCode", unitCode);
        filter(conditions, parameters, "status", status);
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        var query = submissions.find(where + " order by regimeCode, periodStart, periodKey, unitCode", parameters);
        List<SubmissionSummary> items = query.page(page, size).list().stream().map(SubmissionResource::summary).toList();
        return new Page<>(items, page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A report with its current content, prefill marks, versions and decisions",
            description = "The ETag header carries its version for If-Match.")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id, null));
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(summary = "One version of a report, as it was saved or submitted")
    public Response version(@PathParam("id") UUID id, @PathParam("number") @Min(1) int number) {
        return ok(service.get(id, number));
    }

    @PUT
    @Path("/{id}/content")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the report's content",
            description = "Values must have the types the forms ask for; required values and rules are checked on "
                    + "submission. A returned report is corrected in a new version; an accepted one cannot be changed (409). "
                    + "With If-Match, answers 412 when the report changed since it was read.")
    public Response save(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                         @Valid @NotNull ReportContent content) {
        return ok(service.save(id, content, ETags.expected(ifMatch, "submission", id)));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit the current draft to the receiving unit",
            description = "Checks every form rule; a report sent after the last allowed day is flagged late. Publishes "
                    + "vn.tthc.reporting.submission.submitted.v1.")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return ok(service.submit(id, ETags.expected(ifMatch, "submission", id)));
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept or return a submitted report",
            description = "ACCEPTED locks the report; RETURNED needs a comment, and the unit corrects it as a new version. "
                    + "Publishes vn.tthc.reporting.submission.accepted.v1 or returned.v1.")
    public Response decide(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                           @Valid @NotNull DecisionRequest request) {
        return ok(service.decide(id, request.decision(), request.comment(), ETags.expected(ifMatch, "submission", id)));
    }

    @GET
    @Path("/{id}/document")
    @Produces({DocumentFormats.DOCX, DocumentFormats.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "A report as an official document (.docx or .xlsx)",
            description = "The current version, or the one named; dated the day it was submitted.")
    public Response document(@PathParam("id") UUID id, @Parameter(example = "docx") @QueryParam("format") String format,
                             @QueryParam("version") @Min(1) Integer version) {
        return DocumentFormats.download(documents.submission(id, version, DocumentFormat.parse(format)));
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
                s.lastAllowedDay, s.unitCode, s.status, s.currentVersion, s.firstSubmittedAt, s.firstLate, state.shownVersion(),
                state.content(), prefilled,
                state.versions().stream().map(v -> new VersionSummary(v.number, v.savedAt, v.submittedAt, v.late)).toList(),
                state.decisions().stream().map(d -> new DecisionView(d.versionNumber, d.decision, d.comment, d.decidedAt)).toList());
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

    private static void filter(List<String> conditions, Map<String, Object> parameters, String field, Object value) {
        if (value != null && !Objects.toString(value).isBlank()) {
            conditions.add(field + " = :" + field);
            parameters.put(field, value);
        }
    }
}
