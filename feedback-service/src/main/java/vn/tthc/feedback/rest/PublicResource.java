package vn.tthc.feedback.rest;

import vn.tthc.platform.web.ProblemMessages;
import vn.tthc.platform.web.Page;
import vn.tthc.platform.web.PageRequest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.tthc.platform.web.openapi.Api;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.feedback.ItemStatus;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.feedback.service.ItemQueries;
import vn.tthc.feedback.rest.ItemViews.PublicItemView;
import vn.tthc.feedback.rest.ItemViews.PublishedAnswerView;
import vn.tthc.feedback.service.LookupSecrets;

import java.util.Optional;

/**
 * No login (the only {@code @PermitAll} endpoints): a sender's lookup, and the published answers. Never contacts,
 * never staff. Rate-limited per client address.
 */
@Path("/public")
@Tag(name = "Tra cứu công khai", description = "Không cần token. Người gửi tra cứu bằng mã số và mã bí mật; các trả lời đã công khai. "
        + "Giới hạn số yêu cầu theo địa chỉ (quá thì 429 kèm Retry-After).")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicResource {

    public static final String SECRET = "X-Lookup-Secret";

    private final ItemQueries queries;
    private final LookupSecrets secrets;
    private final ProblemMessages messages;

    public PublicResource(ItemQueries queries, LookupSecrets secrets, ProblemMessages messages) {
        this.queries = queries;
        this.secrets = secrets;
        this.messages = messages;
    }

    @GET
    @Path("/items/{trackingCode}")
    @Operation(operationId = "lookUpItem", summary = "Người gửi tra cứu phản ánh, kiến nghị", description = "With the lookup secret in the X-Lookup-Secret header. "
            + "A wrong secret and an unknown tracking code get the same 404.")
    public PublicItemView lookUp(@PathParam("trackingCode") String trackingCode,
                                 @Parameter(description = "Mã bí mật nhận khi gửi", example = "7KQ2-9XWD-4M3P") @HeaderParam(SECRET) String secret) {
        Optional<FeedbackItem> item = trackingCode.length() > 30 ? Optional.empty() : queries.byTrackingCode(trackingCode);
        // The secret is checked whether or not the item exists, so both failures take the same path.
        boolean matches = secrets.matches(trackingCode, secret);
        if (item.isEmpty() || !matches) {
            throw new NotFoundException("item-lookup", trackingCode);
        }
        return PublicItemView.of(item.get(), messages);
    }

    @GET
    @Path("/answers")
    @Operation(operationId = "searchPublishedAnswers", summary = "Tìm trả lời đã công khai",
            description = "Words in q are all matched in the title, content, answer or field, without diacritics or case "
                    + "(\"dang ky\" finds \"Đăng ký\"); paginated, newest first. The sender's name is masked.")
    public Page<PublishedAnswerView> answers(@QueryParam("q") @Size(max = 200) String q,
                                             @QueryParam("field") @Size(max = 200) String field,
                                             @Valid @BeanParam PageRequest page) {
        return queries.published(field, q, page).map(PublishedAnswerView::of);
    }

    @GET
    @Path("/answers/{trackingCode}")
    @Operation(operationId = "getPublishedAnswer", summary = "Xem một trả lời đã công khai")
    public PublishedAnswerView answer(@PathParam("trackingCode") String trackingCode) {
        return queries.byTrackingCode(trackingCode).filter(i -> i.status() == ItemStatus.PUBLISHED)
                .map(PublishedAnswerView::of)
                .orElseThrow(() -> new NotFoundException("answer", trackingCode));
    }
}
