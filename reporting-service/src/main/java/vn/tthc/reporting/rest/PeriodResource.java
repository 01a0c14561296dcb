package vn.tthc.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.reporting.Caller;
import vn.tthc.reporting.Completeness;
import vn.tthc.reporting.ConsolidatedReport;
import vn.tthc.reporting.exports.DocumentFormat;
import vn.tthc.reporting.access.CurrentCaller;
import vn.tthc.reporting.service.DocumentService;
import vn.tthc.reporting.service.PeriodReportService;
import vn.tthc.reporting.service.PeriodService;
import vn.tthc.reporting.service.RegimeService;

/** One period of a regime, as the receiving unit follows it. */
@Path("/regimes/{code}/periods/{periodKey}")
@Tag(name = "Kỳ báo cáo", description = "A period of a regime: window and deadline, event-fed figures, completeness, consolidated report")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER, Caller.LEADER, Caller.AUDITOR, Caller.INTEGRATION})
public class PeriodResource {

    private final RegimeService regimes;
    private final PeriodService periods;
    private final PeriodReportService reports;
    private final DocumentService documents;
    private final CurrentCaller caller;

    public PeriodResource(RegimeService regimes, PeriodService periods, PeriodReportService reports, DocumentService documents,
                          CurrentCaller caller) {
        this.regimes = regimes;
        this.periods = periods;
        this.reports = reports;
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "One period of the regime, regular (2025-Q1) or ad hoc, with its window and deadline")
    public RegimeResource.PeriodView period(@Parameter(example = "tthc-control") @PathParam("code") String code,
                                            @Parameter(example = "2025-Q1") @PathParam("periodKey") String periodKey) {
        return RegimeResource.view(code, periods.schedule(regimes.find(code).read(), periodKey), periods.today(),
                periods.adHocRequesters(code).get(periodKey));
    }

    @GET
    @Path("/figures")
    @Operation(summary = "Event-fed figures of a unit and the units under it in the period's data window",
            description = "Tasks completed (on time, late) and feedback received and answered (on time, late), counted from "
                    + "plan-service's and feedback-service's events by the day they happened. Only for a unit the caller "
                    + "sees (403 otherwise).")
    public PeriodReportService.PeriodFigures figures(@PathParam("code") String code, @PathParam("periodKey") String periodKey,
                                 @Parameter(example = "SKHCN") @QueryParam("unitCode") @NotBlank @Size(max = 50) String unitCode) {
        return reports.figures(caller.get(), code, periodKey, unitCode);
    }

    @GET
    @Path("/completeness")
    @Operation(summary = "Completeness and timeliness of the period",
            description = "Expected units, how many submitted (on time or late, judged by the first submission), accepted, "
                    + "and which are missing. For callers who see the regime's receiving unit (403 otherwise).")
    public Completeness completeness(@PathParam("code") String code, @PathParam("periodKey") String periodKey) {
        return reports.completeness(caller.get(), code, periodKey);
    }

    @GET
    @Path("/consolidated")
    @Operation(summary = "The receiving unit's consolidated report",
            description = "The sum of the units' accepted reports form by form (rows of broken-down forms summed by their "
                    + "labels), the event-fed figures of the reporting units, and each unit's part. For callers who see the "
                    + "regime's receiving unit (403 otherwise).")
    public ConsolidatedReport consolidated(@PathParam("code") String code, @PathParam("periodKey") String periodKey) {
        return reports.consolidated(caller.get(), code, periodKey);
    }

    @GET
    @Path("/consolidated/document")
    @Produces({DocumentFormats.DOCX, DocumentFormats.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The consolidated report as an official document (.docx or .xlsx)",
            description = "For callers who see the regime's receiving unit (403 otherwise).")
    public Response consolidatedDocument(@PathParam("code") String code, @PathParam("periodKey") String periodKey,
                                         @Parameter(example = "docx") @QueryParam("format") String format) {
        return DocumentFormats.download(documents.consolidated(caller.get(), code, periodKey, DocumentFormat.parse(format)));
    }
}
