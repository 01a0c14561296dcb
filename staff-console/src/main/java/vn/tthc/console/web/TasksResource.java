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
import vn.tthc.console.api.PlanViews.Page;
import vn.tthc.console.api.PlanViews.Plan;
import vn.tthc.console.api.PlanViews.Progress;
import vn.tthc.console.api.PlanViews.Task;
import vn.tthc.console.api.PlanViews.Unit;
import vn.tthc.console.security.ConsoleUser;
import vn.tthc.console.security.CurrentUser;
import vn.tthc.console.view.FormErrors;
import vn.tthc.console.view.TaskGroups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tasks: a division's own (due soon, overdue, by plan), a task's detail, progress with evidence, completion. */
@Path("/nhiem-vu")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class TasksResource {

    /** The lists people look at: due within two weeks, overdue, all open, done. */
    public record View(String key, String label) {
    }

    static final List<View> VIEWS = List.of(new View("sap-den-han", "Sắp đến hạn (14 ngày)"), new View("qua-han", "Quá hạn"),
            new View("dang-lam", "Chưa hoàn thành"), new View("da-xong", "Đã hoàn thành"), new View("tat-ca", "Tất cả"));

    static final List<String> PROGRESS_FIELDS = List.of("occurrenceId", "status", "note", "evidence.number", "evidence.date",
            "evidence.title", "evidence.link", "completedOn", "reportingPeriod");

    @CheckedTemplate(basePath = "tasks")
    static class Templates {
        static native TemplateInstance list(List<View> views, String view, String q, String unitCode, Page<Task> page,
                                            List<TaskGroups.Group> groups, List<Unit> units);

        static native TemplateInstance detail(Task task, String etag, String planTitle, List<Progress> progress,
                                              List<Unit> units, String notice, FormErrors errors, Map<String, String> form);
    }

    @Inject
    @RestClient
    PlanApi plans;

    @Inject
    CurrentUser user;

    @Inject
    UnitDirectory units;

    @GET
    public TemplateInstance list(@QueryParam("xem") @DefaultValue("dang-lam") String view, @QueryParam("q") String q,
                                 @QueryParam("unitCode") String unitCode, @QueryParam("page") @DefaultValue("0") int page) {
        ConsoleUser me = user.get();
        String unit = unitCode != null && !unitCode.isBlank() ? unitCode : defaultUnit(me);
        if (me.seesPlans() && unit != null && unit.equals(me.unit())) {
            // The office's own unit stands for its whole subtree, which is what the service shows it without a filter
            // (plan-service's unitCode names the leading or cooperating unit itself only).
            unit = null;
        }
        String status = switch (view) {
            case "dang-lam" -> "NOT_STARTED,IN_PROGRESS";
            case "da-xong" -> "DONE";
            default -> null;
        };
        Page<Task> tasks = fetch(unit, view, status, q, page);
        Map<UUID, String> titles = planTitles(me, tasks.items());
        List<Unit> scope = me.unit() == null ? units.list() : units.subtree(me.unit());
        return Templates.list(VIEWS, view, q == null ? "" : q, unit == null ? "" : unit, tasks,
                TaskGroups.byPlan(tasks.items(), titles), scope);
    }

    private Page<Task> fetch(String unit, String view, String status, String q, int page) {
        String query = q == null || q.isBlank() ? null : q.strip();
        if (status != null && status.contains(",")) {
            // The API filters one status at a time: open tasks are those not yet started and those in progress.
            List<Task> open = new ArrayList<>();
            long total = 0;
            for (String one : status.split(",")) {
                Page<Task> part = plans.tasks(unit, null, one, null, null, query, 0, 100);
                open.addAll(part.items());
                total += part.total();
            }
            open.sort(TaskGroups.BY_DUE_DATE);
            return new Page<>(open, 0, Math.max(open.size(), 1), total);
        }
        return plans.tasks(unit, null, status, "sap-den-han".equals(view) ? 14 : null, "qua-han".equals(view) ? Boolean.TRUE : null,
                query, Math.max(page, 0), 50);
    }

    /** Officers see their own unit's tasks; the office and leaders start from their whole subtree. */
    static String defaultUnit(ConsoleUser me) {
        return me.officer() && !me.seesPlans() ? me.unit() : null;
    }

    /** Plan titles for the groups, for those who may read the plans (a division's officer may not: ids are shown). */
    private Map<UUID, String> planTitles(ConsoleUser me, List<Task> tasks) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        if (!me.seesPlans()) {
            return titles;
        }
        for (Task task : tasks) {
            if (task.planId() != null && !titles.containsKey(task.planId())) {
                try {
                    Plan plan = plans.plan(task.planId()).getEntity();
                    titles.put(task.planId(), (plan.number() == null ? "" : plan.number() + " · ") + plan.title());
                } catch (ApiProblem problem) {
                    titles.put(task.planId(), null);
                }
            }
        }
        return titles;
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("tb") String notice) {
        return detailPage(id, Notices.text(notice), FormErrors.none(), Map.of());
    }

    private TemplateInstance detailPage(UUID id, String notice, FormErrors errors, Map<String, String> form) {
        RestResponse<Task> response = plans.task(id);
        Task task = response.getEntity();
        String planTitle = null;
        if (user.get().seesPlans() && task.planId() != null) {
            try {
                planTitle = plans.plan(task.planId()).getEntity().title();
            } catch (ApiProblem ignored) {
                // a plan outside the person's sight: the task still shows
            }
        }
        List<Unit> assignable = user.get().importsPlans() ? units.list() : List.of();
        return Templates.detail(task, PlansResource.etag(response), planTitle, plans.progress(id), assignable, notice, errors, form);
    }

    @POST
    @Path("/{id}/tien-do")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response progress(@PathParam("id") UUID id, @FormParam("etag") String etag, @FormParam("occurrenceId") String occurrenceId,
                             @FormParam("status") String status, @FormParam("note") String note,
                             @FormParam("evidence.number") String evidenceNumber, @FormParam("evidence.date") String evidenceDate,
                             @FormParam("evidence.title") String evidenceTitle, @FormParam("evidence.link") String evidenceLink,
                             @FormParam("completedOn") String completedOn) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("occurrenceId", PlansResource.blankToEmpty(occurrenceId));
        form.put("status", PlansResource.blankToEmpty(status));
        form.put("note", PlansResource.blankToEmpty(note));
        form.put("evidence.number", PlansResource.blankToEmpty(evidenceNumber));
        form.put("evidence.date", PlansResource.blankToEmpty(evidenceDate));
        form.put("evidence.title", PlansResource.blankToEmpty(evidenceTitle));
        form.put("evidence.link", PlansResource.blankToEmpty(evidenceLink));
        form.put("completedOn", PlansResource.blankToEmpty(completedOn));
        Map<String, Object> body = new LinkedHashMap<>();
        PlansResource.putText(body, "occurrenceId", occurrenceId);
        PlansResource.putText(body, "status", status);
        PlansResource.putText(body, "note", note);
        PlansResource.putText(body, "completedOn", "DONE".equals(status) ? completedOn : null);
        Map<String, Object> evidence = new LinkedHashMap<>();
        PlansResource.putText(evidence, "number", evidenceNumber);
        PlansResource.putText(evidence, "date", evidenceDate);
        PlansResource.putText(evidence, "title", evidenceTitle);
        PlansResource.putText(evidence, "link", evidenceLink);
        if (!evidence.isEmpty()) {
            body.put("evidence", evidence);
        }
        try {
            plans.recordProgress(id, etag, body);
            return Ui.seeOther("/nhiem-vu/" + id, "DONE".equals(status) ? "completed" : "progress");
        } catch (ApiProblem problem) {
            return Ui.page(detailPage(id, null, FormErrors.of(problem, PROGRESS_FIELDS, Map.of()), form), problem);
        }
    }

    /** Completes the task, or one occurrence of it, today. */
    @POST
    @Path("/{id}/hoan-thanh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") UUID id, @FormParam("etag") String etag, @FormParam("occurrenceId") String occurrenceId,
                             @FormParam("back") String back) {
        try {
            if (occurrenceId != null && !occurrenceId.isBlank()) {
                plans.recordProgress(id, etag, Map.of("occurrenceId", occurrenceId, "status", "DONE"));
            } else {
                plans.complete(id, etag, Map.of());
            }
            String target = back != null && back.startsWith("/nhiem-vu") ? back : "/nhiem-vu/" + id;
            return Ui.seeOther(target, "completed");
        } catch (ApiProblem problem) {
            return Ui.page(detailPage(id, null, FormErrors.of(problem, PROGRESS_FIELDS, Map.of()), Map.of()), problem);
        }
    }

    @POST
    @Path("/{id}/phan-cong")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") UUID id, @FormParam("etag") String etag, @FormParam("leadUnitCodes") List<String> lead,
                           @FormParam("cooperatingUnitCodes") List<String> cooperating) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leadUnitCodes", lead == null ? List.of() : lead.stream().filter(c -> !c.isBlank()).toList());
        body.put("cooperatingUnitCodes", cooperating == null ? List.of() : cooperating.stream().filter(c -> !c.isBlank()).toList());
        try {
            plans.assign(id, etag, body);
            return Ui.seeOther("/nhiem-vu/" + id, "assigned");
        } catch (ApiProblem problem) {
            return Ui.page(detailPage(id, null, FormErrors.of(problem, List.of("leadUnitCodes", "cooperatingUnitCodes"), Map.of()),
                    Map.of()), problem);
        }
    }
}
