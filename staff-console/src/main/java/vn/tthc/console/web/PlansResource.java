package vn.tthc.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tthc.console.api.ApiProblem;
import vn.tthc.console.api.PlanApi;
import vn.tthc.console.api.PlanViews.Amendment;
import vn.tthc.console.api.PlanViews.Appendix;
import vn.tthc.console.api.PlanViews.Change;
import vn.tthc.console.api.PlanViews.Page;
import vn.tthc.console.api.PlanViews.Plan;
import vn.tthc.console.security.CurrentUser;
import vn.tthc.console.view.AppendixRows;
import vn.tthc.console.view.FormErrors;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The department office's plans: list, detail with the appendix tree and progress, issue, close, amend, export. */
@Path("/ke-hoach")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class PlansResource {

    @CheckedTemplate(basePath = "plans")
    static class Templates {
        static native TemplateInstance list(Page<Plan> page, String status, String notice);

        static native TemplateInstance detail(Plan plan, String etag, List<AppendixRows.Row> rows, AppendixRows.Totals totals,
                                              List<Amendment> amendments, List<Change> history, String notice,
                                              FormErrors errors, Map<String, String> form);

        static native TemplateInstance amend(Plan plan, String etag, FormErrors errors, Map<String, String> form);
    }

    @Inject
    @RestClient
    PlanApi plans;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("tb") String notice) {
        String filter = status == null || status.isBlank() ? null : status;
        return Templates.list(plans.plans(filter, null, Math.max(page, 0), 20), filter == null ? "" : filter, Notices.text(notice));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("tb") String notice) {
        return detailPage(id, Notices.text(notice), FormErrors.none(), null);
    }

    private TemplateInstance detailPage(UUID id, String notice, FormErrors errors, Map<String, String> form) {
        RestResponse<Plan> response = plans.plan(id);
        Plan plan = response.getEntity();
        Appendix appendix = plans.appendix(id);
        List<AppendixRows.Row> rows = AppendixRows.of(appendix);
        if (form == null) {
            form = Map.of("number", blankToEmpty(plan.number()), "signedOn", plan.signedOn() == null ? "" : plan.signedOn().toString());
        }
        return Templates.detail(plan, etag(response), rows, AppendixRows.totals(rows), plans.amendments(id), plans.history(id),
                notice, errors, form);
    }

    @POST
    @Path("/{id}/ban-hanh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("id") UUID id, @FormParam("etag") String etag, @FormParam("number") String number,
                          @FormParam("signedOn") String signedOn) {
        Map<String, String> form = Map.of("number", blankToEmpty(number), "signedOn", blankToEmpty(signedOn));
        Map<String, Object> body = new LinkedHashMap<>();
        putText(body, "number", number);
        putText(body, "signedOn", signedOn);
        try {
            plans.issue(id, etag, body);
            return Ui.seeOther("/ke-hoach/" + id, "issued");
        } catch (ApiProblem problem) {
            return Ui.page(detailPage(id, null, FormErrors.of(problem, List.of("number", "signedOn"), Map.of()), form), problem);
        }
    }

    @POST
    @Path("/{id}/ket-thuc")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, @FormParam("etag") String etag) {
        try {
            plans.close(id, etag);
            return Ui.seeOther("/ke-hoach/" + id, "closed");
        } catch (ApiProblem problem) {
            return Ui.page(detailPage(id, null, FormErrors.of(problem, List.of(), Map.of()), null), problem);
        }
    }

    @GET
    @Path("/{id}/dieu-chinh")
    public TemplateInstance amendForm(@PathParam("id") UUID id) {
        RestResponse<Plan> response = plans.plan(id);
        return Templates.amend(response.getEntity(), etag(response), FormErrors.none(), formOf(response.getEntity()));
    }

    static final List<String> AMEND_FIELDS = List.of("number", "title", "signedOn", "periodStart", "periodEnd", "signerName",
            "signerTitle", "purposes", "requirements", "amendmentReason");

    @POST
    @Path("/{id}/dieu-chinh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(@PathParam("id") UUID id, @FormParam("etag") String etag, @FormParam("number") String number,
                          @FormParam("title") String title, @FormParam("signedOn") String signedOn,
                          @FormParam("periodStart") String periodStart, @FormParam("periodEnd") String periodEnd,
                          @FormParam("signerName") String signerName, @FormParam("signerTitle") String signerTitle,
                          @FormParam("purposes") String purposes, @FormParam("requirements") String requirements,
                          @FormParam("amendmentReason") String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", blankToEmpty(number));
        form.put("title", blankToEmpty(title));
        form.put("signedOn", blankToEmpty(signedOn));
        form.put("periodStart", blankToEmpty(periodStart));
        form.put("periodEnd", blankToEmpty(periodEnd));
        form.put("signerName", blankToEmpty(signerName));
        form.put("signerTitle", blankToEmpty(signerTitle));
        form.put("purposes", blankToEmpty(purposes));
        form.put("requirements", blankToEmpty(requirements));
        form.put("amendmentReason", blankToEmpty(reason));
        // The plan as it is now gives what the form does not edit (legal bases, targets, recipients…); the If-Match of
        // the version the form was opened on makes sure nobody changed it in between.
        Plan current = plans.plan(id).getEntity();
        try {
            if (current.issued() && (reason == null || reason.isBlank())) {
                throw new ApiProblem(400, null, null, "Kế hoạch đã ban hành chỉ được điều chỉnh khi ghi rõ lý do.",
                        List.of(new ApiProblem.FieldError("amendmentReason", "Hãy ghi lý do điều chỉnh.")));
            }
            plans.updatePlan(id, etag, PlanBodies.amended(current, form));
            return Ui.seeOther("/ke-hoach/" + id, "amended");
        } catch (ApiProblem problem) {
            return Ui.page(Templates.amend(current, etag, FormErrors.of(problem, AMEND_FIELDS, Map.of()), form), problem);
        }
    }

    @GET
    @Path("/{id}/xuat.{format:docx|xlsx}")
    @Produces(MediaType.WILDCARD)
    public Response export(@PathParam("id") UUID id, @PathParam("format") String format) {
        return Ui.download(plans.export(id, format), "ke-hoach." + format);
    }

    static Map<String, String> formOf(Plan plan) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", blankToEmpty(plan.number()));
        form.put("title", blankToEmpty(plan.title()));
        form.put("signedOn", plan.signedOn() == null ? "" : plan.signedOn().toString());
        form.put("periodStart", plan.periodStart() == null ? "" : plan.periodStart().toString());
        form.put("periodEnd", plan.periodEnd() == null ? "" : plan.periodEnd().toString());
        form.put("signerName", blankToEmpty(plan.signerName()));
        form.put("signerTitle", blankToEmpty(plan.signerTitle()));
        form.put("purposes", blankToEmpty(plan.purposes()));
        form.put("requirements", blankToEmpty(plan.requirements()));
        form.put("amendmentReason", "");
        return form;
    }

    static String etag(RestResponse<?> response) {
        return response.getHeaderString("ETag");
    }

    static String blankToEmpty(String value) {
        return value == null ? "" : value;
    }

    static void putText(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }

    static LocalDate today() {
        return LocalDate.now(vn.tthc.console.view.Formats.VIETNAM);
    }
}
