package vn.tthc.feedback.rest;

import jakarta.ws.rs.BeanParam;
import vn.tthc.platform.idempotency.Idempotent;
import vn.tthc.platform.idempotency.RequiredIdempotencyKey;
import vn.tthc.platform.web.ProblemMessages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import vn.tthc.feedback.Caller;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.rest.ItemRequests.SubmissionBody;
import vn.tthc.feedback.access.CurrentCaller;

/**
 * The public-service portal's intake: only the portal's machine client (role {@code portal}) may post, and it
 * may do nothing else. Rate-limited per client address and per client (the token's {@code azp}).
 */
@Path("/portal/items")
@Tag(name = "Cổng dịch vụ công", description = "Phản ánh, kiến nghị người dân, doanh nghiệp gửi qua Cổng dịch vụ công "
        + "(chỉ vai trò portal; giới hạn số yêu cầu theo địa chỉ và theo client, quá thì 429 kèm Retry-After)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.PORTAL)
public class PortalResource {

    static final String PORTAL_EXAMPLE = "{\"sender\":{\"name\":\"Nguyễn Văn An\",\"address\":\"12 Trần Hưng Đạo, TP Sóc Trăng\","
            + "\"phone\":\"0912345678\"},\"title\":\"Chậm cấp giấy chứng nhận\","
            + "\"content\":\"Hồ sơ nộp ngày 02/01 đến nay chưa có kết quả.\",\"channel\":\"PROVINCIAL_PORTAL\","
            + "\"publicationConsent\":true,\"receivingUnitCode\":\"ST-SKHCN\"}";

    private final Intake intake;
    private final CurrentCaller callers;
    private final ProblemMessages messages;

    public PortalResource(Intake intake, CurrentCaller callers, ProblemMessages messages) {
        this.intake = intake;
        this.callers = callers;
        this.messages = messages;
    }

    @POST
    @Operation(operationId = "submitPortalItem", summary = "Gửi phản ánh, kiến nghị từ Cổng dịch vụ công",
            description = "Role: portal (a staff token gets 403). Requires an Idempotency-Key: a retried post with the same key and body returns the first "
                    + "result (header Idempotent-Replayed: true) and creates nothing; the same key with another body is a 422. "
                    + "The answer carries the tracking code and the lookup secret. An item that fails the legal "
                    + "acceptance rules is still recorded, with status NOT_ACCEPTED and the reason. The item's history "
                    + "records the portal's client (subject and name) as who received it.")
    @APIResponse(responseCode = "201", description = "Đã tiếp nhận: mã tra cứu và mã bí mật để người gửi tra cứu",
            headers = {@Header(name = "Location", ref = Api.LOCATION), @Header(name = "Idempotent-Replayed", ref = Api.IDEMPOTENT_REPLAYED)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemViews.IntakeView.class)))
    @Idempotent
    public Response submit(@BeanParam RequiredIdempotencyKey idempotencyKey,
            @RequestBody(description = "Phản ánh, kiến nghị và người gửi", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "cong-dvc", value = PORTAL_EXAMPLE)))
            @Valid @NotNull SubmissionBody body) {
        if (!body.channel().online()) {
            throw new InvalidFieldException("channel", "channel.not-portal");
        }
        if (body.receivedOn() != null) {
            throw new InvalidFieldException("receivedOn", "json.unknown-field");
        }
        return intake.submit(body, callers.get().actor(), null, messages);
    }
}
