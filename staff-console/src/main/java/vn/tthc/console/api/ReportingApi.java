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
import vn.tthc.console.api.PlanViews.Page;
import vn.tthc.console.api.ReportingViews.Completeness;
import vn.tthc.console.api.ReportingViews.Consolidated;
import vn.tthc.console.api.ReportingViews.Period;
import vn.tthc.console.api.ReportingViews.Regime;
import vn.tthc.console.api.ReportingViews.RegimeSummary;
import vn.tthc.console.api.ReportingViews.Submission;
import vn.tthc.console.api.ReportingViews.SubmissionSummary;
import vn.tthc.console.api.ReportingViews.TaskCompletions;
import vn.tthc.console.api.ReportingViews.UnitFigures;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** reporting-service's public REST API (its /q/openapi), called with the signed-in person's access token. */
@RegisterRestClient(configKey = "reporting-service")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
public interface ReportingApi {

    @GET
    @Path("/regimes")
    Page<RegimeSummary> regimes(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/regimes/{code}")
    Regime regime(@PathParam("code") String code);

    @GET
    @Path("/regimes/{code}/periods")
    Page<Period> periods(@PathParam("code") String code, @QueryParam("year") Integer year, @QueryParam("type") String type,
                         @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/regimes/{code}/periods/{key}")
    Period period(@PathParam("code") String code, @PathParam("key") String key);

    @GET
    @Path("/regimes/{code}/periods/{key}/completeness")
    Completeness completeness(@PathParam("code") String code, @PathParam("key") String key);

    @GET
    @Path("/regimes/{code}/periods/{key}/consolidated")
    Consolidated consolidated(@PathParam("code") String code, @PathParam("key") String key);

    @GET
    @Path("/regimes/{code}/periods/{key}/consolidated/document")
    @Produces(MediaType.WILDCARD)
    Response consolidatedDocument(@PathParam("code") String code, @PathParam("key") String key, @QueryParam("format") String format);

    @GET
    @Path("/submissions")
    Page<SubmissionSummary> submissions(@QueryParam("regimeCode") String regimeCode, @QueryParam("periodKey") String periodKey,
                                        @QueryParam("unitCode") String unitCode, @QueryParam("status") String status,
                                        @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    Submission draft(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> body);

    @GET
    @Path("/submissions/{id}")
    RestResponse<Submission> submission(@PathParam("id") UUID id);

    @PUT
    @Path("/submissions/{id}/content")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<Submission> save(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> content);

    @POST
    @Path("/submissions/{id}/submit")
    Submission submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/submissions/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    Submission decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @GET
    @Path("/submissions/{id}/document")
    @Produces(MediaType.WILDCARD)
    Response document(@PathParam("id") UUID id, @QueryParam("format") String format);

    @GET
    @Path("/aggregates/figures")
    UnitFigures figures(@QueryParam("unitCode") String unitCode, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    @GET
    @Path("/aggregates/task-completions")
    TaskCompletions taskCompletions(@QueryParam("unitCode") String unitCode, @QueryParam("from") LocalDate from,
                                    @QueryParam("to") LocalDate to);
}
