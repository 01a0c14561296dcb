package vn.tthc.console.view;

import vn.tthc.console.api.FeedbackViews.Item;
import vn.tthc.console.api.FeedbackViews.Step;
import vn.tthc.console.security.ConsoleUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflow of a feedback item as the console offers it: which step comes next for the item's status, which of
 * them the person's roles may take (the service still checks their unit), and the body each step sends.
 */
public final class FeedbackSteps {

    /** The steps, by the path segment feedback-service names them with. */
    public static final List<String> STEPS = List.of("classification", "start", "answer-draft", "answer-approval", "answer-return",
            "answer-sending", "publication");

    /** Inputs of the step forms (problems name them). */
    public static final List<String> FIELDS = List.of("classification", "reason", "handlingUnitCode", "transferAgency", "note", "answer");

    /** An action offered on the item's page: the step, its button and whether it takes an answer text or a reason. */
    public record Action(String step, String label, String kind) {
        public boolean classify() {
            return "classify".equals(kind);
        }

        public boolean draft() {
            return "draft".equals(kind);
        }

        public boolean reason() {
            return "reason".equals(kind);
        }

        public boolean note() {
            return "note".equals(kind);
        }
    }

    /** A step of the item's way, with its time left or how late it ended. */
    public record StepRow(String kind, String unitCode, LocalDate startedOn, LocalDate dueDate, LocalDate endedOn, String left,
                          boolean late) {
    }

    private FeedbackSteps() {
    }

    public static List<Action> actions(Item item, ConsoleUser user) {
        List<Action> actions = new ArrayList<>();
        switch (item.status() == null ? "" : item.status()) {
            case "RECEIVED" -> {
                if (user.classifiesFeedback()) {
                    actions.add(new Action("classification", "Phân loại, giao xử lý", "classify"));
                }
            }
            case "ASSIGNED" -> {
                if (user.draftsAnswers()) {
                    actions.add(new Action("start", "Nhận xử lý", "note"));
                }
            }
            case "IN_PROGRESS" -> {
                if (user.draftsAnswers()) {
                    actions.add(new Action("answer-draft", "Lưu dự thảo trả lời", "draft"));
                }
            }
            case "ANSWER_DRAFTED" -> {
                if (user.approvesAnswers()) {
                    actions.add(new Action("answer-approval", "Duyệt trả lời", "note"));
                    actions.add(new Action("answer-return", "Trả lại dự thảo", "reason"));
                }
                if (user.draftsAnswers()) {
                    actions.add(new Action("answer-draft", "Sửa dự thảo trả lời", "draft"));
                }
            }
            case "ANSWER_APPROVED" -> {
                if (user.sendsAnswers()) {
                    actions.add(new Action("answer-sending", "Gửi trả lời cho người phản ánh", "note"));
                }
            }
            case "ANSWERED" -> {
                if (user.sendsAnswers() && item.publicationConsent()) {
                    actions.add(new Action("publication", "Công khai trả lời", "note"));
                }
            }
            default -> {
                // PUBLISHED, NOT_ACCEPTED, TRANSFERRED, MERGED: nothing more to do
            }
        }
        return actions;
    }

    /** The body of a step from the posted form. */
    public static Map<String, Object> body(String step, Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (step) {
            case "classification" -> {
                put(body, "classification", form.get("classification"));
                String classification = form.getOrDefault("classification", "");
                if ("WITHIN_COMPETENCE".equals(classification)) {
                    put(body, "handlingUnitCode", form.get("handlingUnitCode"));
                } else if ("NOT_ACCEPTED".equals(classification)) {
                    put(body, "reason", form.get("reason"));
                } else {
                    put(body, "transferAgency", form.get("transferAgency"));
                }
                put(body, "note", form.get("note"));
            }
            case "answer-draft" -> {
                put(body, "answer", form.get("answer"));
                put(body, "note", form.get("note"));
            }
            default -> put(body, "note", form.get("note"));
        }
        return body;
    }

    /** The body of staff intake (POST /items) from the posted form. */
    public static Map<String, Object> intakeBody(Map<String, String> form) {
        Map<String, Object> sender = new LinkedHashMap<>();
        put(sender, "kind", form.get("sender.kind"));
        put(sender, "name", form.get("sender.name"));
        put(sender, "organisation", form.get("sender.organisation"));
        put(sender, "address", form.get("sender.address"));
        put(sender, "phone", form.get("sender.phone"));
        put(sender, "email", form.get("sender.email"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sender", sender);
        put(body, "title", form.get("title"));
        put(body, "content", form.get("content"));
        put(body, "field", form.get("field"));
        put(body, "channel", form.get("channel"));
        body.put("publicationConsent", "true".equals(form.get("publicationConsent")) || "on".equals(form.get("publicationConsent")));
        put(body, "receivingUnitCode", form.get("receivingUnitCode"));
        put(body, "receivedOn", form.get("receivedOn"));
        return body;
    }

    public static List<StepRow> steps(Item item, WorkingDays days, LocalDate today) {
        List<StepRow> rows = new ArrayList<>();
        if (item.steps() == null) {
            return rows;
        }
        for (Step step : item.steps()) {
            String left;
            boolean late;
            if (step.endedOn() == null) {
                left = days.describe(today, step.dueDate());
                late = step.dueDate() != null && days.left(today, step.dueDate()) < 0;
            } else {
                late = step.dueDate() != null && step.endedOn().isAfter(step.dueDate());
                left = late ? "xong trễ hạn" : "xong đúng hạn";
            }
            rows.add(new StepRow(step.kind(), step.unitCode(), step.startedOn(), step.dueDate(), step.endedOn(), left, late));
        }
        return rows;
    }

    private static void put(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }
}
