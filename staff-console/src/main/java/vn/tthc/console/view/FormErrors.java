package vn.tthc.console.view;

import vn.tthc.console.api.ApiProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem from a service, laid out for a form: each field error goes next to the input whose name is the field's
 * JSON path (the console names its inputs so), errors naming no input of the form go above it with the field named,
 * and the problem's own message heads them. A stale If-Match (412) says that someone else changed the record.
 */
@io.quarkus.qute.TemplateData
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(null, Map.of(), List.of(), false);

    private final String message;
    private final Map<String, String> fields;
    private final List<String> others;
    private final boolean stale;

    private FormErrors(String message, Map<String, String> fields, List<String> others, boolean stale) {
        this.message = message;
        this.fields = fields;
        this.others = others;
        this.stale = stale;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** A message of the console's own (a check before calling any service). */
    public static FormErrors message(String message) {
        return new FormErrors(message, Map.of(), List.of(), false);
    }

    /**
     * The problem's errors placed on the form whose inputs are named {@code inputs}; {@code aliases} maps a field the
     * service names to the input that holds it when the names differ.
     */
    public static FormErrors of(ApiProblem problem, Collection<String> inputs, Map<String, String> aliases) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (ApiProblem.FieldError error : problem.errors()) {
            String input = inputFor(error.field(), inputs, aliases);
            if (input != null) {
                fields.merge(input, error.message(), (a, b) -> a + " " + b);
            } else if (error.field() == null || error.field().isBlank()) {
                others.add(error.message());
            } else {
                others.add(error.field() + ": " + error.message());
            }
        }
        return new FormErrors(problem.message(), fields, others, problem.isStale());
    }

    /** Every field error is placed next to the input of its name (the form renders any field the service names). */
    public static FormErrors of(ApiProblem problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (ApiProblem.FieldError error : problem.errors()) {
            if (error.field() == null || error.field().isBlank()) {
                others.add(error.message());
            } else {
                fields.merge(error.field(), error.message(), (a, b) -> a + " " + b);
            }
        }
        return new FormErrors(problem.message(), fields, others, problem.isStale());
    }

    static String inputFor(String field, Collection<String> inputs, Map<String, String> aliases) {
        if (field == null || field.isBlank()) {
            return null;
        }
        if (inputs.contains(field)) {
            return field;
        }
        if (aliases.containsKey(field)) {
            return aliases.get(field);
        }
        // A parameter named with its method ("confirm.body.title") or an element of a list ("targets[0].metric")
        // still belongs to the input of its last known name.
        String candidate = field;
        int dot;
        while ((dot = candidate.indexOf('.')) >= 0) {
            candidate = candidate.substring(dot + 1);
            if (inputs.contains(candidate)) {
                return candidate;
            }
            if (aliases.containsKey(candidate)) {
                return aliases.get(candidate);
            }
        }
        return null;
    }

    public boolean any() {
        return message != null || !fields.isEmpty() || !others.isEmpty();
    }

    public String message() {
        return message;
    }

    public boolean stale() {
        return stale;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The message for one input, or an empty string. */
    public String of(String field) {
        return fields.getOrDefault(field, "");
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** Errors that name no input of the form. */
    public List<String> others() {
        return others;
    }

    /** An id for the input's error paragraph, for aria-describedby. */
    public static String errorId(String field) {
        return "err-" + field.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
