package vn.tthc.feedback.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the number of attachments an item may carry as the service enforces it
 * ({@code tthc.feedback.attachments.max-count}, read at start), not as the request's looser bean constraint.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class AttachmentLimitFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        int maxCount = ConfigProvider.getConfig().getOptionalValue("tthc.feedback.attachments.max-count", Integer.class).orElse(5);
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema body = openAPI.getComponents().getSchemas().get("SubmissionBody");
        if (body != null && body.getProperties() != null && body.getProperties().get("attachments") != null) {
            body.getProperties().get("attachments").setMaxItems(maxCount);
        }
    }
}
