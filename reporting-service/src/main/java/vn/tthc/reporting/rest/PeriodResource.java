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
@Tag(name = "Kỳ báo cáo", description = "Một kỳ của chế độ báo cáo: khoảng số liệu và hạn gửi, số liệu từ sự kiện, tình hình gửi, báo cáo tổng hợp")
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
    @Operation(operationId = "getPeriod", summary = "Một kỳ báo cáo (định kỳ như 2025-Q1, hoặc đột xuất): khoảng số liệu và hạn gửi")
    public RegimeResource.PeriodView period(@Parameter(example = "tthc-control") @PathParam("code") String code,
                                            @Parameter(example = "2025-Q1") @PathParam("periodKey") String periodKey) {
        return RegimeResource.view(code, periods.schedule(regimes.find(code).read(), periodKey), periods.today(),
                periods.adHocRequesters(code).get(periodKey));
    }

    @GET
    @Path("/figures")
    @Operation(operationId = "getPeriodFigures", summary = "Số liệu từ sự kiện của đơn vị và các đơn vị trực thuộc trong kỳ",
            description = "Tasks completed (on time, late) and feedback received and answered (on time, late), counted from "
                    + "plan-service's and feedback-service's events by the day they happened. Only for a unit the caller "
                    + "sees (403 otherwise).")
    public PeriodReportService.PeriodFigures figures(@PathParam("code") String code, @PathParam("periodKey") String periodKey,
                                 @Parameter(example = "SKHCN") @QueryParam("unitCode") @NotBlank @Size(max = 50) String unitCode) {
        return reports.figures(caller.get(), code, periodKey, unitCode);
    }

    @GET
    @Path("/completeness")
    @Operation(operationId = "getPeriodCompleteness", summary = "Tình hình gửi báo cáo của kỳ: đủ, đúng hạn, trễ hạn, còn thiếu",
            description = "Expected units, how many submitted (on time or late, judged by the first submission), accepted, "
                    + "and which are missing. For callers who see the regime's receiving unit (403 otherwise).")
    public Completeness completeness(@PathParam("code") String code, @PathParam("periodKey") String periodKey) {
        return reports.completeness(caller.get(), code, periodKey);
    }

    @GET
    @Path("/consolidated")
    @Operation(operationId = "getConsolidatedReport", summary = "Báo cáo tổng hợp của đơn vị nhận",
            description = "The sum of the units' accepted reports form by form (rows of broken-down forms summed by their "
                    + "labels), the event-fed figures of the reporting units, and each unit's part. For callers who see the "
                    + "regime's receiving unit (403 otherwise).")
    public ConsolidatedReport consolidated(@PathParam("code") String code, @PathParam("periodKey") String periodKey) {
        return reports.consolidated(caller.get(), code, periodKey);
    }

    @GET
    @Path("/consolidated/document")
    @Produces({DocumentFormats.DOCX, DocumentFormats.XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportConsolidatedReport", summary = "Xuất báo cáo tổng hợp theo mẫu (.docx hoặc .xlsx)",
            description = "For callers who see the regime's receiving unit (403 otherwise).")
    @APIResponse(responseCode = "200", description = "Tệp báo cáo (Content-Disposition: attachment)", content = {
            @Content(mediaType = DocumentFormats.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormats.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response consolidatedDocument(@PathParam("code") String code, @PathParam("periodKey") String periodKey,
                                         @Parameter(description = "Định dạng tệp: docx (Word) hoặc xlsx (Excel), không phân biệt hoa thường", example = "docx", schema = @Schema(pattern = "^([dD][oO][cC][xX]|[xX][lL][sS][xX])$")) @QueryParam("format") String format) {
        return DocumentFormats.download(documents.consolidated(caller.get(), code, periodKey, DocumentFormat.parse(format)));
    }
}
