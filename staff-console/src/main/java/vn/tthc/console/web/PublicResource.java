package vn.tthc.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.tthc.console.api.ApiProblem;
import vn.tthc.console.api.FeedbackViews.PublicItem;
import vn.tthc.console.api.PublicFeedbackApi;
import vn.tthc.console.view.FormErrors;

import java.util.List;
import java.util.Map;

/**
 * The citizen's page, without sign-in: look an item up by its tracking code and secret (feedback-service's public
 * lookup, called without any token). The secret is posted, never put in the address.
 */
@Path("/tra-cuu")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class PublicResource {

    @CheckedTemplate(basePath = "public")
    static class Templates {
        static native TemplateInstance lookup(String trackingCode, PublicItem item, FormErrors errors);
    }

    @Inject
    @RestClient
    PublicFeedbackApi lookup;

    @GET
    public TemplateInstance form() {
        return Templates.lookup("", null, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response find(@FormParam("trackingCode") String trackingCode, @FormParam("secret") String secret) {
        String code = trackingCode == null ? "" : trackingCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty() || secret == null || secret.isBlank()) {
            ApiProblem problem = new ApiProblem(400, null, null, "Hãy nhập mã phản ánh và mật mã tra cứu.",
                    code.isEmpty() ? List.of(new ApiProblem.FieldError("trackingCode", "Hãy nhập mã phản ánh, ví dụ PAKN-2025-000001."))
                            : List.of(new ApiProblem.FieldError("secret", "Hãy nhập mật mã tra cứu được cấp khi gửi.")));
            return Ui.page(Templates.lookup(code, null, FormErrors.of(problem, List.of("trackingCode", "secret"), Map.of())), problem);
        }
        try {
            return Ui.page(Templates.lookup(code, lookup.lookup(code, secret.strip()), FormErrors.none()));
        } catch (ApiProblem problem) {
            String message = problem.isNotFound()
                    ? "Không tìm thấy phản ánh với mã và mật mã này. Hãy kiểm tra lại cả hai."
                    : problem.status() == 429 ? "Anh/chị tra cứu quá nhiều lần; hãy thử lại sau ít phút." : problem.message();
            ApiProblem shown = new ApiProblem(problem.status(), null, null, message, List.of());
            return Ui.page(Templates.lookup(code, null, FormErrors.of(shown, List.of(), Map.of())), shown);
        }
    }
}
