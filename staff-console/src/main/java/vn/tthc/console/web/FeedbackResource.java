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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tthc.console.api.ApiProblem;
import vn.tthc.console.api.FeedbackApi;
import vn.tthc.console.api.FeedbackViews.Duplicate;
import vn.tthc.console.api.FeedbackViews.Item;
import vn.tthc.console.api.FeedbackViews.ItemSummary;
import vn.tthc.console.api.FeedbackViews.Receipt;
import vn.tthc.console.api.PlanViews.Page;
import vn.tthc.console.api.PlanViews.Unit;
import vn.tthc.console.security.CurrentUser;
import vn.tthc.console.view.FeedbackSteps;
import vn.tthc.console.view.FormErrors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feedback and petitions (PAKN): the queue by status with working days left, an item with its audit trail and likely
 * duplicates, and each step of the workflow (classify and assign, start, draft, approve or return, send, publish).
 */
@Path("/pakn")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class FeedbackResource {

    /** A tab of the queue: the statuses it shows. */
    public record Tab(String key, String label, String status) {
    }

    /** An item of the queue with its time left. */
    public record Row(ItemSummary item, String left, boolean late) {
    }

    static final List<Tab> TABS = List.of(new Tab("cho-phan-loai", "Chờ phân loại", "RECEIVED"),
            new Tab("da-giao", "Đã giao, chờ xử lý", "ASSIGNED"), new Tab("dang-xu-ly", "Đang xử lý", "IN_PROGRESS"),
            new Tab("cho-duyet", "Chờ duyệt", "ANSWER_DRAFTED"), new Tab("cho-gui", "Chờ gửi trả lời", "ANSWER_APPROVED"),
            new Tab("da-tra-loi", "Đã trả lời", "ANSWERED"), new Tab("cong-khai", "Đã công khai", "PUBLISHED"),
            new Tab("tat-ca", "Tất cả", ""));

    static final List<String> INTAKE_FIELDS = List.of("sender.kind", "sender.name", "sender.organisation", "sender.address",
            "sender.phone", "sender.email", "title", "content", "field", "channel", "publicationConsent", "receivingUnitCode", "receivedOn");

    @CheckedTemplate(basePath = "feedback")
    static class Templates {
        static native TemplateInstance queue(List<Tab> tabs, String tab, String q, Page<ItemSummary> page, List<Row> rows);

        static native TemplateInstance item(Item item, String etag, List<Duplicate> duplicates, List<FeedbackSteps.StepRow> steps,
                                            List<FeedbackSteps.Action> actions, List<Unit> divisions, String notice,
                                            FormErrors errors, Map<String, String> form);

        static native TemplateInstance intake(List<Unit> units, FormErrors errors, Map<String, String> form);

        static native TemplateInstance receipt(Receipt receipt);
    }

    @Inject
    @RestClient
    FeedbackApi feedback;

    @Inject
    CurrentUser user;

    @Inject
    UnitDirectory units;

    @Inject
    CalendarDays calendar;

    @GET
    public TemplateInstance queue(@QueryParam("tab") @DefaultValue("cho-phan-loai") String tab, @QueryParam("q") String q,
                                  @QueryParam("page") @DefaultValue("0") int page) {
        Tab chosen = TABS.stream().filter(t -> t.key().equals(tab)).findFirst().orElse(TABS.get(0));
        Page<ItemSummary> items = feedback.items(chosen.status().isEmpty() ? null : chosen.status(), null,
                q == null || q.isBlank() ? null : q.strip(), Math.max(page, 0), 50);
        List<Row> rows = new ArrayList<>();
        var today = PlansResource.today();
        for (ItemSummary item : items.items()) {
            var due = item.answerDueDate() != null && isAnswerStep(item.status()) ? item.answerDueDate() : item.dueDate();
            boolean open = !List.of("PUBLISHED", "NOT_ACCEPTED", "TRANSFERRED", "MERGED").contains(item.status());
            rows.add(new Row(item, open && due != null ? calendar.get().describe(today, due) : "",
                    open && due != null && calendar.get().left(today, due) < 0));
        }
        return Templates.queue(TABS, chosen.key(), q == null ? "" : q, items, rows);
    }

    private static boolean isAnswerStep(String status) {
        return List.of("ASSIGNED", "IN_PROGRESS", "ANSWER_DRAFTED", "ANSWER_APPROVED").contains(status);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance item(@PathParam("id") UUID id, @QueryParam("tb") String notice) {
        return itemPage(id, Notices.text(notice), FormErrors.none(), Map.of());
    }

    private TemplateInstance itemPage(UUID id, String notice, FormErrors errors, Map<String, String> form) {
        RestResponse<Item> response = feedback.item(id);
        Item item = response.getEntity();
        List<Duplicate> duplicates;
        try {
            duplicates = feedback.duplicates(id);
        } catch (ApiProblem problem) {
            duplicates = List.of();
        }
        List<Unit> divisions = user.get().classifiesFeedback() ? divisionsFor(item) : List.of();
        return Templates.item(item, PlansResource.etag(response), duplicates,
                FeedbackSteps.steps(item, calendar.get(), PlansResource.today()), FeedbackSteps.actions(item, user.get()), divisions,
                notice, errors, form);
    }

    /** Divisions an item may be assigned to: the units under the receiving unit's department. */
    private List<Unit> divisionsFor(Item item) {
        List<String> chain = units.ancestry(item.receivingUnitCode());
        String department = chain.stream().filter(code -> {
            Unit unit = units.all().get(code);
            return unit != null && "DEPARTMENT".equals(unit.kind());
        }).findFirst().orElse(user.get().unit());
        return department == null ? units.list() : units.subtree(department).stream()
                .filter(u -> !"DEPARTMENT".equals(u.kind())).toList();
    }

    /** One workflow step; the form names the step and carries its fields. */
    @POST
    @Path("/{id}/buoc")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        String step = posted.getFirst("step");
        String etag = posted.getFirst("etag");
        Map<String, String> form = new LinkedHashMap<>();
        posted.forEach((name, values) -> form.put(name, values.isEmpty() ? "" : values.get(0)));
        if (!FeedbackSteps.STEPS.contains(step)) {
            return Ui.page(itemPage(id, null, FormErrors.message("Thao tác không hợp lệ."), form),
                    new ApiProblem(400, null, null, "Thao tác không hợp lệ.", List.of()));
        }
        Map<String, Object> body = FeedbackSteps.body(step, form);
        try {
            feedback.step(id, step, etag, body);
            return Ui.seeOther("/pakn/" + id, step);
        } catch (ApiProblem problem) {
            return Ui.page(itemPage(id, null, FormErrors.of(problem, FeedbackSteps.FIELDS, Map.of()), form), problem);
        }
    }

    @GET
    @Path("/moi")
    public TemplateInstance intakeForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("receivingUnitCode", user.get().unit() == null ? "" : user.get().unit());
        form.put("channel", "WRITTEN");
        form.put("sender.kind", "INDIVIDUAL");
        form.put("requestKey", UUID.randomUUID().toString());
        return Templates.intake(intakeUnits(), FormErrors.none(), form);
    }

    private List<Unit> intakeUnits() {
        String unit = user.get().unit();
        return unit == null ? units.list() : user.get().planner() || user.get().administrator() ? units.subtree(unit)
                : units.all().containsKey(unit) ? List.of(units.all().get(unit)) : List.of();
    }

    @POST
    @Path("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response receive(MultivaluedMap<String, String> posted) {
        Map<String, String> form = new LinkedHashMap<>();
        posted.forEach((name, values) -> form.put(name, values.isEmpty() ? "" : values.get(0)));
        try {
            String key = form.getOrDefault("requestKey", "");
            Receipt receipt = feedback.receive(key.isBlank() ? UUID.randomUUID().toString() : key, FeedbackSteps.intakeBody(form));
            return Ui.page(Templates.receipt(receipt));
        } catch (ApiProblem problem) {
            // The corrected form is another request: a new key, so the service does not take it for a retry of this one.
            form.put("requestKey", UUID.randomUUID().toString());
            return Ui.page(Templates.intake(intakeUnits(), FormErrors.of(problem, INTAKE_FIELDS, Map.of()), form), problem);
        }
    }
}
