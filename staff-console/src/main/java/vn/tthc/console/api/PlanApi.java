package vn.tthc.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tthc.console.api.PlanViews.Amendment;
import vn.tthc.console.api.PlanViews.Appendix;
import vn.tthc.console.api.PlanViews.Change;
import vn.tthc.console.api.PlanViews.Page;
import vn.tthc.console.api.PlanViews.Plan;
import vn.tthc.console.api.PlanViews.Preview;
import vn.tthc.console.api.PlanViews.Progress;
import vn.tthc.console.api.PlanViews.Task;
import vn.tthc.console.api.PlanViews.Unit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** plan-service's public REST API (its /q/openapi), called with the signed-in person's access token. */
@RegisterRestClient(configKey = "plan-service")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
public interface PlanApi {

    @GET
    @Path("/units")
    Page<Unit> units(@QueryParam("parentCode") String parentCode, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/units/{code}")
    Unit unit(@PathParam("code") String code);

    @GET
    @Path("/plans")
    Page<Plan> plans(@QueryParam("status") String status, @QueryParam("issuingUnitCode") String issuingUnitCode,
                     @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/plans/{id}")
    RestResponse<Plan> plan(@PathParam("id") UUID id);

    @PUT
    @Path("/plans/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Plan updatePlan(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @POST
    @Path("/plans/{id}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    Plan issue(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @POST
    @Path("/plans/{id}/close")
    Plan close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/plans/{id}/amendments")
    List<Amendment> amendments(@PathParam("id") UUID id);

    @GET
    @Path("/plans/{id}/history")
    List<Change> history(@PathParam("id") UUID id);

    @GET
    @Path("/plans/{id}/appendix")
    Appendix appendix(@PathParam("id") UUID id);

    @GET
    @Path("/plans/{id}/export.{format}")
    @Produces(MediaType.WILDCARD)
    Response export(@PathParam("id") UUID id, @PathParam("format") String format);

    @POST
    @Path("/plans/imports")
    @Consumes("text/plain; charset=UTF-8")
    Preview importText(@QueryParam("fileName") String fileName, @QueryParam("year") Integer year,
                       @QueryParam("issuingUnitCode") String issuingUnitCode, String text);

    @POST
    @Path("/plans/imports")
    @Consumes("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    Preview importDocx(@QueryParam("fileName") String fileName, @QueryParam("year") Integer year,
                       @QueryParam("issuingUnitCode") String issuingUnitCode, byte[] document);

    @GET
    @Path("/plans/imports/{id}")
    Preview preview(@PathParam("id") UUID id);

    @POST
    @Path("/plans/imports/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    Plan confirm(@PathParam("id") UUID id, Map<String, Object> body);

    @GET
    @Path("/tasks")
    Page<Task> tasks(@QueryParam("unitCode") String unitCode, @QueryParam("planId") UUID planId,
                     @QueryParam("status") String status, @QueryParam("dueWithinDays") Integer dueWithinDays,
                     @QueryParam("overdue") Boolean overdue, @QueryParam("q") String q,
                     @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/tasks/{id}")
    RestResponse<Task> task(@PathParam("id") UUID id);

    @GET
    @Path("/tasks/{id}/progress")
    List<Progress> progress(@PathParam("id") UUID id);

    @POST
    @Path("/tasks/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    Task recordProgress(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @POST
    @Path("/tasks/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    Task complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @PUT
    @Path("/tasks/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    Task assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);
}
