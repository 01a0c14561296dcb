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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tthc.console.api.ApiProblem;
import vn.tthc.console.api.ReportingApi;
import vn.tthc.console.api.ReportingViews.Completeness;
import vn.tthc.console.api.ReportingViews.Consolidated;
import vn.tthc.console.api.ReportingViews.Period;
import vn.tthc.console.api.ReportingViews.Regime;
import vn.tthc.console.api.ReportingViews.RegimeSummary;
import vn.tthc.console.api.ReportingViews.Submission;
import vn.tthc.console.view.Charts;
import vn.tthc.console.view.ConsolidatedView;
import vn.tthc.console.view.FormErrors;
import vn.tthc.console.view.ReportForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The receiving unit and its leaders: completeness and timeliness per period, the consolidated report with each
 * unit's part, one unit's report to accept or return with a comment, and the downloads.
 */
@Path("/tong-hop")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ReceivingResource {

    /** A period with its completeness, or the reason it cannot be shown (the person is not on the receiving side). */
    public record PeriodRow(Period period, Completeness completeness, String refusal) {
    }

    @CheckedTemplate(basePath = "receiving")
    static class Templates {
        static native TemplateInstance periods(List<RegimeSummary> regimes, String regimeCode, int year, List<PeriodRow> rows,
                                               String chart);

        static native TemplateInstance period(Regime regime, Period period, Completeness completeness, Consolidated consolidated,
                                              List<ConsolidatedView.FormPart> parts, String chart);

        static native TemplateInstance review(Submission submission, String etag, Regime regime, List<ReportForm.FormView> forms,
                                              String notice, FormErrors errors, String comment);
    }

    @Inject
    @RestClient
    ReportingApi reporting;

    @GET
    public TemplateInstance periods(@QueryParam("regime") String regimeCode, @QueryParam("year") Integer year) {
        List<RegimeSummary> regimes = reporting.regimes(0, 100).items();
        String code = regimeCode != null && !regimeCode.isBlank() ? regimeCode
                : regimes.stream().filter(r -> "tthc-control".equals(r.code())).findFirst()
                .orElse(regimes.isEmpty() ? null : regimes.get(0)).code();
        int shownYear = year == null ? PlansResource.today().getYear() : year;
        List<PeriodRow> rows = new ArrayList<>();
        if (code != null) {
            for (Period period : reporting.periods(code, shownYear, null, 0, 100).items()) {
                try {
                    rows.add(new PeriodRow(period, reporting.completeness(code, period.key()), null));
                } catch (ApiProblem problem) {
                    rows.add(new PeriodRow(period, null, problem.message()));
                }
            }
        }
        return Templates.periods(regimes, code == null ? "" : code, shownYear, rows, Charts.completeness(rows));
    }

    @GET
    @Path("/{regime}/{period}")
    public TemplateInstance period(@PathParam("regime") String regimeCode, @PathParam("period") String periodKey) {
        Regime regime = reporting.regime(regimeCode);
        Completeness completeness = reporting.completeness(regimeCode, periodKey);
        Consolidated consolidated = reporting.consolidated(regimeCode, periodKey);
        return Templates.period(regime, reporting.period(regimeCode, periodKey), completeness, consolidated,
                ConsolidatedView.of(regime, consolidated), Charts.timeliness(completeness));
    }

    @GET
    @Path("/{regime}/{period}/tai-ve.{format:docx|xlsx}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("regime") String regimeCode, @PathParam("period") String periodKey,
                             @PathParam("format") String format) {
        return Ui.download(reporting.consolidatedDocument(regimeCode, periodKey, format), "tong-hop." + format);
    }

    @GET
    @Path("/bao-cao/{id}")
    public TemplateInstance review(@PathParam("id") UUID id, @QueryParam("tb") String notice) {
        return reviewPage(id, Notices.text(notice), FormErrors.none(), "");
    }

    private TemplateInstance reviewPage(UUID id, String notice, FormErrors errors, String comment) {
        RestResponse<Submission> response = reporting.submission(id);
        Submission submission = response.getEntity();
        Regime regime = reporting.regime(submission.regimeCode());
        return Templates.review(submission, PlansResource.etag(response), regime, ReportForm.of(regime, submission), notice, errors,
                comment);
    }

    @POST
    @Path("/bao-cao/{id}/quyet-dinh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @FormParam("etag") String etag, @FormParam("decision") String decision,
                           @FormParam("comment") String comment) {
        try {
            if ("RETURNED".equals(decision) && (comment == null || comment.isBlank())) {
                throw new ApiProblem(400, null, null, "Trả lại báo cáo cần ghi ý kiến để đơn vị sửa.",
                        List.of(new ApiProblem.FieldError("comment", "Hãy ghi ý kiến: cần sửa gì.")));
            }
            Map<String, Object> body = comment == null || comment.isBlank() ? Map.of("decision", decision)
                    : Map.of("decision", decision, "comment", comment.strip());
            reporting.decide(id, etag, body);
            return Ui.seeOther("/tong-hop/bao-cao/" + id, "ACCEPTED".equals(decision) ? "accepted" : "returned");
        } catch (ApiProblem problem) {
            return Ui.page(reviewPage(id, null, FormErrors.of(problem, List.of("decision", "comment"), Map.of()),
                    comment == null ? "" : comment), problem);
        }
    }
}
