package vn.tthc.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.tthc.console.api.ApiProblem;
import vn.tthc.console.api.PlanApi;
import vn.tthc.console.api.PlanViews.Unit;
import vn.tthc.console.api.ReportingApi;
import vn.tthc.console.api.ReportingViews.Figures;
import vn.tthc.console.security.ConsoleUser;
import vn.tthc.console.security.CurrentUser;
import vn.tthc.console.view.Dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's dashboard: its tasks (overdue, due soon, completed on time and late this year), its reports (missing and
 * late) and its feedback (received, answered on time and late), with charts.
 */
@Path("/tong-quan")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance dashboard(String unitCode, String taskUnit, String unitName, List<Unit> units,
                                                 Dashboard dashboard, List<String> unavailable);
    }

    @Inject
    @RestClient
    PlanApi plans;

    @Inject
    @RestClient
    ReportingApi reporting;

    @Inject
    CurrentUser user;

    @Inject
    UnitDirectory units;

    @Inject
    ReportsResource reports;

    @GET
    public TemplateInstance dashboard(@QueryParam("unitCode") String unitCode) {
        ConsoleUser me = user.get();
        String unit = unitCode != null && !unitCode.isBlank() ? unitCode : me.unit();
        LocalDate today = PlansResource.today();
        LocalDate yearStart = today.withDayOfYear(1);
        List<String> unavailable = new ArrayList<>();
        // plan-service's unitCode names the unit leading or cooperating on a task, itself only: for their own unit the
        // office, leaders and auditors ask without it and get what they see, their unit's whole subtree.
        String taskUnit = me.seesPlans() && (unit == null || unit.equals(me.unit())) ? null : unit;
        long overdue = -1;
        long dueSoon = -1;
        long open = -1;
        try {
            overdue = plans.tasks(taskUnit, null, null, null, Boolean.TRUE, null, 0, 1).total();
            dueSoon = plans.tasks(taskUnit, null, null, 14, null, null, 0, 1).total();
            open = plans.tasks(taskUnit, null, "NOT_STARTED", null, null, null, 0, 1).total()
                    + plans.tasks(taskUnit, null, "IN_PROGRESS", null, null, null, 0, 1).total();
        } catch (ApiProblem problem) {
            unavailable.add("Nhiệm vụ: " + problem.message());
        }
        Figures figures = null;
        try {
            figures = unit == null ? null : reporting.figures(unit, yearStart, today).figures();
        } catch (ApiProblem problem) {
            unavailable.add("Số liệu tổng hợp: " + problem.message());
        }
        int reportsLate = 0;
        int reportsMissing = 0;
        int reportsExpected = 0;
        if (me.reports() && unit != null) {
            try {
                for (ReportsResource.Expected expected : reports.expectedReports(unit, today.getYear())) {
                    if (expected.period().lastAllowedDay() == null || expected.period().lastAllowedDay().isAfter(today)) {
                        continue;
                    }
                    reportsExpected++;
                    if ("quá hạn".equals(expected.urgency())) {
                        reportsMissing++;
                    } else if (expected.submission() != null && Boolean.TRUE.equals(expected.submission().late())) {
                        reportsLate++;
                    }
                }
            } catch (ApiProblem problem) {
                unavailable.add("Báo cáo: " + problem.message());
            }
        }
        List<Unit> choices = me.unit() == null ? units.list() : me.officer() && !me.planner() ? List.of() : units.subtree(me.unit());
        Dashboard dashboard = new Dashboard(today.getYear(), overdue, dueSoon, open, figures, reportsExpected, reportsMissing, reportsLate);
        return Templates.dashboard(unit == null ? "" : unit, taskUnit == null ? "" : taskUnit, units.name(unit), choices, dashboard,
                unavailable);
    }
}
