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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tthc.console.api.ApiProblem;
import vn.tthc.console.api.PlanViews.Unit;
import vn.tthc.console.api.ReportingApi;
import vn.tthc.console.api.ReportingViews.Period;
import vn.tthc.console.api.ReportingViews.Regime;
import vn.tthc.console.api.ReportingViews.RegimeSummary;
import vn.tthc.console.api.ReportingViews.Submission;
import vn.tthc.console.api.ReportingViews.SubmissionSummary;
import vn.tthc.console.security.ConsoleUser;
import vn.tthc.console.security.CurrentUser;
import vn.tthc.console.view.ExpectedReports;
import vn.tthc.console.view.FormErrors;
import vn.tthc.console.view.ReportForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's reports: the reports it is expected to send (per regime and period, with the data window and the deadline),
 * the report form rendered from the regime's form definition, saved as a draft and submitted.
 */
@Path("/bao-cao")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ReportsResource {

    /** One expected report: the period, and the unit's submission when there is one. */
    public record Expected(RegimeSummary regime, Period period, SubmissionSummary submission, String urgency) {
        public boolean started() {
            return submission != null;
        }
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance expected(String unitCode, String unitName, List<Unit> units, int year,
                                                List<Expected> expected, FormErrors errors);

        static native TemplateInstance form(Submission submission, String etag, Regime regime, String unitName,
                                            List<ReportForm.FormView> forms, String notice, FormErrors errors);
    }

    @Inject
    @RestClient
    ReportingApi reporting;

    @Inject
    CurrentUser user;

    @Inject
    UnitDirectory units;

    @GET
    public TemplateInstance expected(@QueryParam("unitCode") String unitCode, @QueryParam("year") Integer year) {
        return expectedPage(unitCode, year, FormErrors.none());
    }

    private TemplateInstance expectedPage(String unitCode, Integer year, FormErrors errors) {
        ConsoleUser me = user.get();
        String unit = unitCode != null && !unitCode.isBlank() ? unitCode : me.unit();
        int shownYear = year == null ? PlansResource.today().getYear() : year;
        List<Unit> choices = me.unit() == null ? units.list() : me.officer() && !me.planner() ? List.of() : units.subtree(me.unit());
        return Templates.expected(unit == null ? "" : unit, units.name(unit), choices, shownYear, expectedReports(unit, shownYear), errors);
    }

    /** The reports the unit owes in the year: every period of each regime it reports under, soonest first. */
    List<Expected> expectedReports(String unitCode, int year) {
        List<Expected> result = new ArrayList<>();
        if (unitCode == null) {
            return result;
        }
        Unit unit = units.all().get(unitCode);
        List<String> ancestry = units.ancestry(unitCode);
        LocalDate today = PlansResource.today();
        for (RegimeSummary summary : reporting.regimes(0, 100).items()) {
            Regime regime = reporting.regime(summary.code());
            if (regime.definition() == null || !ExpectedReports.reports(regime.definition().reportingUnits(), unitCode,
                    unit == null ? null : unit.kind(), ancestry)) {
                continue;
            }
            Map<String, SubmissionSummary> submitted = new LinkedHashMap<>();
            for (SubmissionSummary submission : reporting.submissions(summary.code(), null, unitCode, null, 0, 100).items()) {
                submitted.put(submission.periodKey(), submission);
            }
            for (Period period : reporting.periods(summary.code(), year, null, 0, 100).items()) {
                SubmissionSummary submission = submitted.get(period.key());
                result.add(new Expected(summary, period, submission, urgency(period, submission, today)));
            }
        }
        result.sort((a, b) -> a.period().lastAllowedDay().compareTo(b.period().lastAllowedDay()));
        return result;
    }

    /** "quá hạn", "sắp đến hạn" (within 7 days) or "" for a report not yet sent. */
    static String urgency(Period period, SubmissionSummary submission, LocalDate today) {
        boolean sent = submission != null && !"DRAFT".equals(submission.status()) && !"RETURNED".equals(submission.status());
        if (sent || period.lastAllowedDay() == null) {
            return "";
        }
        if (today.isAfter(period.lastAllowedDay())) {
            return "quá hạn";
        }
        if (!today.plusDays(7).isBefore(period.lastAllowedDay()) && !today.isBefore(period.end() == null ? today : period.end())) {
            return "sắp đến hạn";
        }
        return "";
    }

    /** Starts the unit's report for a period (prefilled from the events) and opens its form. */
    @POST
    @Path("/lap")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("regimeCode") String regimeCode, @FormParam("periodKey") String periodKey,
                          @FormParam("unitCode") String unitCode, @FormParam("requestKey") String requestKey) {
        try {
            Map<String, Object> body = Map.of("regimeCode", regimeCode, "periodKey", periodKey, "unitCode", unitCode);
            Submission draft = reporting.draft(requestKey == null || requestKey.isBlank() ? UUID.randomUUID().toString() : requestKey, body);
            return Ui.seeOther("/bao-cao/" + draft.id());
        } catch (ApiProblem problem) {
            return Ui.page(expectedPage(unitCode, null, FormErrors.of(problem)), problem);
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance form(@PathParam("id") UUID id, @QueryParam("tb") String notice) {
        RestResponse<Submission> response = reporting.submission(id);
        Submission submission = response.getEntity();
        Regime regime = reporting.regime(submission.regimeCode());
        return Templates.form(submission, PlansResource.etag(response), regime, units.name(submission.unitCode()),
                ReportForm.of(regime, submission), Notices.text(notice), FormErrors.none());
    }

    /** Saves the draft; with {@code action=submit} submits it too. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        String action = posted.getFirst("action");
        String etag = posted.getFirst("etag");
        Map<String, String> typed = new LinkedHashMap<>();
        posted.forEach((name, values) -> {
            if (name.startsWith("forms.") && !values.isEmpty()) {
                typed.put(name, values.get(0));
            }
        });
        RestResponse<Submission> current = reporting.submission(id);
        Regime regime = reporting.regime(current.getEntity().regimeCode());
        List<ReportForm.FormView> forms = ReportForm.of(regime, current.getEntity(), typed);
        try {
            RestResponse<Submission> saved = reporting.save(id, etag, ReportForm.content(typed, ReportForm.textNames(forms)));
            if ("submit".equals(action)) {
                reporting.submit(id, PlansResource.etag(saved));
                return Ui.seeOther("/bao-cao/" + id, "submitted");
            }
            return Ui.seeOther("/bao-cao/" + id, "saved");
        } catch (ApiProblem problem) {
            Submission submission = current.getEntity();
            RestResponse<Submission> fresh = reporting.submission(id);
            // A refused submit happens after the save: the form goes on from the saved version.
            String nextEtag = problem.isStale() ? etag : PlansResource.etag(fresh);
            return Ui.page(Templates.form(fresh.getEntity(), nextEtag, regime, units.name(submission.unitCode()),
                    forms, null, FormErrors.of(problem, ReportForm.inputNames(forms), Map.of())), problem);
        }
    }

    @GET
    @Path("/{id}/tai-ve.{format:docx|xlsx}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") UUID id, @PathParam("format") String format) {
        return Ui.download(reporting.document(id, format), "bao-cao." + format);
    }
}
