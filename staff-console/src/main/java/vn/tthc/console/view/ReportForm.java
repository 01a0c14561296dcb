package vn.tthc.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.tthc.console.api.ReportingViews.Form;
import vn.tthc.console.api.ReportingViews.FormSection;
import vn.tthc.console.api.ReportingViews.Indicator;
import vn.tthc.console.api.ReportingViews.IndicatorGroup;
import vn.tthc.console.api.ReportingViews.Prefilled;
import vn.tthc.console.api.ReportingViews.Regime;
import vn.tthc.console.api.ReportingViews.Submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's forms rendered from the regime's form definition: indicators with their units, the text sections, and
 * for a form with a breakdown a table of rows. Every input is named by the JSON path the service uses in its
 * problems ({@code forms.<form>.values.<indicator>}, {@code forms.<form>.rows[<i>].<indicator>}), so each validation
 * message lands next to its input. Values come from the submission's content (prefilled from the events), or from
 * what the person typed when the service refused it.
 */
public final class ReportForm {

    /** Blank rows offered under a table form's rows, to add to it. */
    public static final int BLANK_ROWS = 2;

    private static final Pattern ROW = Pattern.compile("forms\\.(.+)\\.rows\\[(\\d+)]\\.(.+)");
    private static final Pattern VALUE = Pattern.compile("forms\\.(.+)\\.values\\.(.+)");

    public record Input(String name, String label, String unit, boolean number, boolean required, String value, String source) {
        public boolean prefilled() {
            return source != null;
        }
    }

    public record Group(String label, List<Input> inputs) {
    }

    public record Row(int index, List<Input> inputs) {
        /** Whether any cell of the row holds a value. */
        public boolean filled() {
            return inputs.stream().anyMatch(i -> i.value() != null && !i.value().isBlank());
        }
    }

    public record FormView(String code, String title, String breakdown, boolean table, List<Indicator> columns,
                           List<Group> groups, List<Input> sections, List<Row> rows, List<String> rules) {
    }

    private ReportForm() {
    }

    /** The forms with the submission's values. */
    public static List<FormView> of(Regime regime, Submission submission) {
        return build(regime, name -> valueIn(submission.content(), name), prefilled(submission), rowCount(submission.content()));
    }

    /** The forms with what was typed (after a refusal), so nothing typed is lost. */
    public static List<FormView> of(Regime regime, Submission submission, Map<String, String> typed) {
        Map<String, Integer> rows = new LinkedHashMap<>(rowCount(submission.content()));
        for (String name : typed.keySet()) {
            Matcher row = ROW.matcher(name);
            if (row.matches() && !typed.get(name).isBlank()) {
                rows.merge(row.group(1), Integer.parseInt(row.group(2)) + 1, Math::max);
            }
        }
        return build(regime, name -> typed.getOrDefault(name, ""), prefilled(submission), rows);
    }

    private static List<FormView> build(Regime regime, java.util.function.Function<String, String> values,
                                        Map<String, Map<String, Prefilled>> prefilled, Map<String, Integer> rowCounts) {
        List<FormView> views = new ArrayList<>();
        if (regime.definition() == null || regime.definition().forms() == null) {
            return views;
        }
        for (Form form : regime.definition().forms()) {
            Map<String, Prefilled> formPrefilled = prefilled.getOrDefault(form.code(), Map.of());
            List<Group> groups = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            if (form.table()) {
                int count = rowCounts.getOrDefault(form.code(), 0) + BLANK_ROWS;
                for (int i = 0; i < count; i++) {
                    List<Input> inputs = new ArrayList<>();
                    for (Indicator indicator : form.indicators()) {
                        String name = "forms." + form.code() + ".rows[" + i + "]." + indicator.code();
                        inputs.add(new Input(name, indicator.label(), indicator.unit(), indicator.number(), indicator.required(),
                                values.apply(name), null));
                    }
                    rows.add(new Row(i, inputs));
                }
            } else if (form.groups() != null) {
                for (IndicatorGroup group : form.groups()) {
                    List<Input> inputs = new ArrayList<>();
                    for (Indicator indicator : group.indicators()) {
                        String name = "forms." + form.code() + ".values." + indicator.code();
                        Prefilled pre = formPrefilled.get(indicator.code());
                        inputs.add(new Input(name, indicator.label(), indicator.unit(), indicator.number(), indicator.required(),
                                values.apply(name), pre == null ? null : source(pre)));
                    }
                    groups.add(new Group(group.label(), inputs));
                }
            }
            List<Input> sections = new ArrayList<>();
            if (form.sections() != null) {
                for (FormSection section : form.sections()) {
                    String name = "forms." + form.code() + ".values." + section.code();
                    sections.add(new Input(name, section.title(), null, false, section.required(), values.apply(name), null));
                }
            }
            views.add(new FormView(form.code(), form.title(), form.breakdown(), form.table(), form.indicators(), groups, sections,
                    rows, form.rules() == null ? List.of() : form.rules()));
        }
        return views;
    }

    /** The names of the text inputs (kept as typed, never read as numbers). */
    public static java.util.Set<String> textNames(List<FormView> forms) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (FormView form : forms) {
            form.groups().forEach(g -> g.inputs().stream().filter(i -> !i.number()).forEach(i -> names.add(i.name())));
            form.sections().forEach(i -> names.add(i.name()));
            form.rows().forEach(r -> r.inputs().stream().filter(i -> !i.number()).forEach(i -> names.add(i.name())));
        }
        return names;
    }

    /** The name of every input of the forms (where problems may land). */
    public static List<String> inputNames(List<FormView> forms) {
        List<String> names = new ArrayList<>();
        for (FormView form : forms) {
            form.groups().forEach(g -> g.inputs().forEach(i -> names.add(i.name())));
            form.sections().forEach(i -> names.add(i.name()));
            form.rows().forEach(r -> r.inputs().forEach(i -> names.add(i.name())));
        }
        return names;
    }

    /**
     * The report's content ({@code {"forms":{...}}}) from the posted inputs: numbers where a number was typed,
     * text otherwise (the service says when a text is not a number), blanks left out, blank table rows dropped.
     */
    public static Map<String, Object> content(Map<String, String> posted, java.util.Set<String> textInputs) {
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Map<String, Object>>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : posted.entrySet()) {
            String raw = entry.getValue() == null ? "" : entry.getValue().strip();
            Matcher row = ROW.matcher(entry.getKey());
            Matcher value = VALUE.matcher(entry.getKey());
            if (row.matches()) {
                rows.computeIfAbsent(row.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(row.group(2)), k -> new LinkedHashMap<>());
                if (!raw.isEmpty()) {
                    rows.get(row.group(1)).get(Integer.parseInt(row.group(2))).put(row.group(3),
                            textInputs.contains(entry.getKey()) ? raw : typed(raw));
                }
            } else if (value.matches()) {
                values.computeIfAbsent(value.group(1), k -> new LinkedHashMap<>());
                if (!raw.isEmpty()) {
                    values.get(value.group(1)).put(value.group(2), textInputs.contains(entry.getKey()) ? raw : typed(raw));
                }
            }
        }
        Map<String, Object> forms = new LinkedHashMap<>();
        values.forEach((form, v) -> forms.computeIfAbsent(form, k -> new LinkedHashMap<String, Object>()));
        rows.forEach((form, r) -> forms.computeIfAbsent(form, k -> new LinkedHashMap<String, Object>()));
        for (Map.Entry<String, Object> form : forms.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) form.getValue();
            if (values.containsKey(form.getKey())) {
                entry.put("values", values.get(form.getKey()));
            }
            if (rows.containsKey(form.getKey())) {
                entry.put("rows", rows.get(form.getKey()).values().stream().filter(r -> !r.isEmpty()).toList());
            }
        }
        return Map.of("forms", forms);
    }

    static Object typed(String raw) {
        String number = raw.replace(" ", "");
        if (number.matches("-?\\d{1,18}")) {
            return Long.parseLong(number);
        }
        if (number.matches("-?\\d+[.,]\\d+")) {
            return new BigDecimal(number.replace(',', '.'));
        }
        return raw;
    }

    private static String source(Prefilled prefilled) {
        String service = switch (prefilled.source() == null ? "" : prefilled.source()) {
            case "plan-service" -> "nhiệm vụ kế hoạch";
            case "feedback-service" -> "phản ánh, kiến nghị";
            default -> prefilled.source();
        };
        return "Tự động từ " + service + ": " + (prefilled.value() == null ? "" : prefilled.value())
                + (prefilled.edited() ? " (đã sửa)" : "");
    }

    private static Map<String, Map<String, Prefilled>> prefilled(Submission submission) {
        return submission.prefilled() == null ? Collections.emptyMap() : submission.prefilled();
    }

    private static Map<String, Integer> rowCount(ObjectNode content) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (content == null) {
            return counts;
        }
        content.path("forms").fields().forEachRemaining(form -> counts.put(form.getKey(), form.getValue().path("rows").size()));
        return counts;
    }

    static String valueIn(ObjectNode content, String name) {
        if (content == null) {
            return "";
        }
        Matcher row = ROW.matcher(name);
        JsonNode node;
        if (row.matches()) {
            node = content.path("forms").path(row.group(1)).path("rows").path(Integer.parseInt(row.group(2))).path(row.group(3));
        } else {
            Matcher value = VALUE.matcher(name);
            if (!value.matches()) {
                return "";
            }
            node = content.path("forms").path(value.group(1)).path("values").path(value.group(2));
        }
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }
}
