package vn.tthc.plan.rest;

import vn.tthc.platform.idempotency.Idempotent;
import vn.tthc.platform.idempotency.IdempotencyKey;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.plan.Plan;
import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.imports.PlanImport;
import vn.tthc.plan.access.CurrentCaller;
import vn.tthc.plan.service.ImportService;
import vn.tthc.plan.service.UnitResolver;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/plans/imports")
@Tag(name = "Nhập kế hoạch", description = "Nhập kế hoạch và phụ lục từ văn bản (bảng phân cách bằng tab) hoặc tệp Word. "
        + "Lần tải lên được xem và xác nhận bởi người tải lên, chuyên viên kế hoạch (planner) của đơn vị người đó hoặc cấp trên, "
        + "và quản trị viên (403 với người khác, và với mã không tồn tại trừ quản trị viên); kế hoạch tạo ra phải do "
        + "một đơn vị người gọi lập kế hoạch ban hành.")
@RolesAllowed({"administrator", "planner"})
public class ImportResource {

    private final ImportService service;
    private final UnitResolver units;
    private final CurrentCaller caller;
    private final Clock clock;

    public ImportResource(ImportService service, UnitResolver units, CurrentCaller caller, Clock clock) {
        this.service = service;
        this.units = units;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, PlanImport.DOCX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadPlanImport", summary = "Tải lên văn bản kế hoạch để xem trước",
            description = "The body is the plan as users have it: UTF-8 text (text/plain; the whole document, or just its "
                    + "tab-separated appendix table) or a Word .docx. Nothing is created: the answer is a preview of the "
                    + "plan's details (number, date, title, period, legal bases, targets, signer, recipients), its sections "
                    + "and tasks (from the appendix table, or from the body when there is none), units matched to the "
                    + "registry, parsed schedules and a warning for every line or cell that could not be read. The period "
                    + "parameters serve a document that names no period. A file that is not a plan is a 400 problem "
                    + "naming why; a file over the size limit a 413. The uploader is recorded (uploadedBy).")
    @APIResponse(responseCode = "201", description = "Bản xem trước: thông tin kế hoạch, các mục, nhiệm vụ và cảnh báo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportViews.PreviewView.class)))
    @Idempotent
    public Response upload(@BeanParam IdempotencyKey idempotencyKey, @RequestBody(required = true, description = "Văn bản kế hoạch: văn bản UTF-8 hoặc tệp Word .docx", content = {
                                   @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                                           examples = @ExampleObject(name = "van-ban", value = "KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025\n"
                                                   + "I. MỤC ĐÍCH, YÊU CẦU\n...\nPHỤ LỤC\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian\n"
                                                   + "1\tRà soát thủ tục hành chính\tPhòng Quản lý khoa học\tTrước ngày 15/9/2025\n")),
                                   @Content(mediaType = PlanImport.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                   @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
                           byte[] content,
                           @Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
                           @Parameter(description = "Tên tệp, để hiển thị") @QueryParam("fileName") String fileName,
                           @Parameter(description = "Năm của kế hoạch (mặc định năm nay)", example = "2025") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
                           @QueryParam("periodStart") LocalDate periodStart, @QueryParam("periodEnd") LocalDate periodEnd,
                           @Parameter(description = "Mã đơn vị ban hành: tên đơn vị trong kế hoạch được đối chiếu trong cây đơn vị này trước", example = "ST-SKHCN")
                           @QueryParam("issuingUnitCode") String issuingUnitCode) {
        ImportService.Previewed previewed = service.upload(caller.get(), fileName, documentType(contentType, content), content,
                period(year, periodStart, periodEnd));
        return Response.created(URI.create("/plans/imports/" + previewed.upload().id()))
                .entity(view(previewed, issuingUnitCode)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPlanImport", summary = "Xem lại bản xem trước của lần nhập")
    public ImportViews.PreviewView get(@PathParam("id") UUID id, @QueryParam("issuingUnitCode") String issuingUnitCode) {
        return view(service.preview(caller.get(), id), issuingUnitCode);
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmPlanImport", summary = "Xác nhận bản xem trước: tạo kế hoạch nháp",
            description = "Creates the draft plan with the details read from the document (number, title, period, legal bases, targets, signer, recipients) and its sections, tasks, results, schedules and occurrences. Fields sent in the body replace what was read. A planner confirms only a plan issued by their unit or a unit below it (403 for another, 400 when no issuing unit is read or sent). Who confirmed is recorded (confirmedBy, and the plan's createdBy). A second confirmation is a 409.")
    @APIResponse(responseCode = "201", description = "Kế hoạch nháp vừa tạo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.PlanView.class)))
    @Idempotent
    public Response confirm(@PathParam("id") UUID id, @BeanParam IdempotencyKey idempotencyKey,
                            @RequestBody(required = false, description = "Các trường thay cho thông tin đọc từ văn bản (đều có thể bỏ trống)",
                                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                                            name = "xac-nhan", value = "{\"number\":\"05/KH-SKHCN\",\"issuingUnitCode\":\"ST-SKHCN\"}")))
                            @Valid PlanRequests.ConfirmImport body) {
        PlanRequests.ConfirmImport overrides = body != null ? body
                : new PlanRequests.ConfirmImport(null, null, null, null, null, null, null, null, null, null);
        Plan plan = service.confirm(caller.get(), id, overrides.details());
        return Response.created(URI.create("/plans/" + plan.id())).entity(PlanViews.PlanView.of(plan)).build();
    }

    private ImportViews.PreviewView view(ImportService.Previewed previewed, String issuingUnitCode) {
        PlanImport upload = previewed.upload();
        String scope = issuingUnitCode != null ? issuingUnitCode : previewed.preview().issuingUnitName() == null ? null
                : units.byNames(List.of(previewed.preview().issuingUnitName())).get(0).code();
        return ImportViews.PreviewView.of(upload, previewed.preview(), names -> units.byNames(names, scope));
    }

    private PlanPeriod period(Integer year, LocalDate start, LocalDate end) {
        if (start != null || end != null) {
            if (start == null || end == null) {
                throw new InvalidFieldException(start == null ? "periodStart" : "periodEnd", "required");
            }
            if (end.isBefore(start)) {
                throw new InvalidFieldException("periodEnd", "period.range");
            }
            return new PlanPeriod(start, end);
        }
        return PlanPeriod.year(year != null ? year : LocalDate.now(clock).getYear());
    }

    /** A .docx is a ZIP file: recognised by its content, whatever the client called it. */
    private static String documentType(String contentType, byte[] content) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (zip || (contentType != null && contentType.startsWith(PlanImport.DOCX))) {
            return PlanImport.DOCX;
        }
        return MediaType.TEXT_PLAIN;
    }
}
