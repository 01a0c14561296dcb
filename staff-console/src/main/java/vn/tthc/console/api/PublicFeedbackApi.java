package vn.tthc.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.tthc.console.api.FeedbackViews.PublicItem;

/** feedback-service's public lookup, called without any token (the citizen is not signed in). */
@RegisterRestClient(configKey = "feedback-service")
@RegisterProvider(ProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PublicFeedbackApi {

    @GET
    @Path("/public/items/{trackingCode}")
    PublicItem lookup(@PathParam("trackingCode") String trackingCode, @HeaderParam("X-Lookup-Secret") String secret);
}
