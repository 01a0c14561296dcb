package vn.tthc.reporting;

import vn.tthc.platform.text.VietnameseText;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.tthc.reporting.InvalidFieldsException.FieldMessage;
import vn.tthc.reporting.form.ReportForm;
import vn.tthc.reporting.form.Violation;
import vn.tthc.reporting.regime.RegimeDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a unit writes in its report: per form code, one set of values (indicator and section codes to
 * figures and texts) or, for a form broken down by rows (e.g. by field of procedures), a list of rows.
 */
public record ReportContent(@Size(max = 50) Map<String, @Valid FormEntry> forms) {

    /** What a draft may still lack: required values, and rules that only hold once every figure is in. */
    private static final Set<Violation.Kind> ALLOWED_IN_DRAFTS = Set.of(Violation.Kind.REQUIRED, Violation.Kind.RULE_BROKEN);

    public ReportContent {
        forms = forms == null ? Map.of() : new LinkedHashMap<>(forms);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FormEntry(@Size(max = 500) Map<String, Object> values,
                            @Size(max = 2000) List<@Size(max = 500) Map<String, Object>> rows) {
    }

    public FormEntry form(String code) {
        return forms.get(code);
    }

    /**
     * Everything wrong with the content under the regime's forms, each against its place in the content
     * ({@code forms.<form>.values.<code>}, {@code forms.<form>.rows[<i>].<code>}). A draft ({@code complete}
     * false) may lack required values and break rules; a submitted report may not.
     */
    public List<FieldMessage> violations(RegimeDefinition regime, boolean complete) {
        List<FieldMessage> problems = new ArrayList<>();
        forms.forEach((code, entry) -> {
            if (regime.form(code).isEmpty()) {
                problems.add(new FieldMessage("forms." + code, "Chế độ báo cáo không có biểu " + code + ".",
                        "The regime has no form " + code + "."));
            }
        });
        for (ReportForm form : regime.forms()) {
            String path = "forms." + form.code();
            FormEntry entry = forms.get(form.code());
            if (form.breakdown() == null) {
                if (entry != null && entry.rows() != null) {
                    problems.add(new FieldMessage(path + ".rows", "Biểu " + form.code() + " không chia dòng; nhập trong values.",
                            "Form " + form.code() + " has no rows; fill in values."));
                }
                Map<String, Object> values = entry == null || entry.values() == null ? Map.of() : entry.values();
                collect(form.validate(values), path + ".values.", complete, problems);
            } else {
                if (entry != null && entry.values() != null) {
                    problems.add(new FieldMessage(path + ".values", "Biểu " + form.code() + " nhập theo từng dòng ("
                            + form.breakdown() + ") trong rows.", "Form " + form.code() + " is filled in row by row, in rows."));
                }
                List<Map<String, Object>> rows = entry == null || entry.rows() == null ? List.of() : entry.rows();
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i) == null) {
                        problems.add(new FieldMessage(path + ".rows[" + i + "]", "Dòng trống.", "Empty row."));
                    } else {
                        collect(form.validate(rows.get(i)), path + ".rows[" + i + "].", complete, problems);
                    }
                }
            }
        }
        return problems;
    }

    /** The same content with every text in NFC. */
    public ReportContent normalized() {
        Map<String, FormEntry> normalized = new LinkedHashMap<>();
        forms.forEach((code, entry) -> normalized.put(code, entry == null ? null : new FormEntry(
                entry.values() == null ? null : nfc(entry.values()),
                entry.rows() == null ? null : entry.rows().stream().map(row -> row == null ? null : nfc(row)).toList())));
        return new ReportContent(normalized);
    }

    private static void collect(List<Violation> violations, String prefix, boolean complete, List<FieldMessage> problems) {
        for (Violation violation : violations) {
            if (complete || !ALLOWED_IN_DRAFTS.contains(violation.kind())) {
                problems.add(new FieldMessage(prefix + violation.field(), violation.messageVi(), violation.messageEn()));
            }
        }
    }

    private static Map<String, Object> nfc(Map<String, Object> values) {
        Map<String, Object> normalized = new LinkedHashMap<>();
        values.forEach((key, value) -> normalized.put(key, value instanceof String text ? VietnameseText.normalize(text) : value));
        return normalized;
    }
}
