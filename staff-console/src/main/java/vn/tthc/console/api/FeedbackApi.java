package vn.tthc.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tthc.console.api.FeedbackViews.CalendarYear;
import vn.tthc.console.api.FeedbackViews.DueStep;
import vn.tthc.console.api.FeedbackViews.Duplicate;
import vn.tthc.console.api.FeedbackViews.Item;
import vn.tthc.console.api.FeedbackViews.ItemSummary;
import vn.tthc.console.api.FeedbackViews.Receipt;
import vn.tthc.console.api.FeedbackViews.Statistics;
import vn.tthc.console.api.PlanViews.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** feedback-service's staff REST API (its /q/openapi), called with the signed-in person's access token. */
@RegisterRestClient(configKey = "feedback-service")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
public interface FeedbackApi {

    @GET
    @Path("/items")
    Page<ItemSummary> items(@QueryParam("status") String status, @QueryParam("unitCode") String unitCode,
                            @QueryParam("q") String q, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/items")
    @Consumes(MediaType.APPLICATION_JSON)
    Receipt receive(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> body);

    @GET
    @Path("/items/due")
    Page<DueStep> due(@QueryParam("unitCode") String unitCode, @QueryParam("workingDays") Integer workingDays,
                      @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/items/{id}")
    RestResponse<Item> item(@PathParam("id") UUID id);

    @GET
    @Path("/items/{id}/duplicates")
    List<Duplicate> duplicates(@PathParam("id") UUID id);

    /** One workflow step: classification, start, answer-draft, answer-approval, answer-return, answer-sending, publication. */
    @POST
    @Path("/items/{id}/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    Item step(@PathParam("id") UUID id, @PathParam("step") String step, @HeaderParam("If-Match") String ifMatch,
              Map<String, Object> body);

    @GET
    @Path("/statistics")
    Statistics statistics(@QueryParam("unitCode") String unitCode, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    @GET
    @Path("/calendar/years/{year}")
    CalendarYear calendar(@PathParam("year") int year);
}
