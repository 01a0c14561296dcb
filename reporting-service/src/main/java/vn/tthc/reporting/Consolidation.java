package vn.tthc.reporting;

import vn.tthc.reporting.form.Indicator;
import vn.tthc.reporting.form.IndicatorType;
import vn.tthc.reporting.form.NarrativeSection;
import vn.tthc.reporting.form.ReportForm;
import vn.tthc.reporting.regime.RegimeDefinition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds up units' reports form by form: counts and amounts are summed, percentages averaged over the units
 * that gave them, texts of narrative sections kept unit by unit. A form broken down by rows (e.g. by field
 * of procedures) is summed row by row, rows being the same when their text indicators are (e.g. the same
 * field name, ignoring case and surrounding spaces).
 */
public final class Consolidation {

    private Consolidation() {
    }

    /** One unit's report as it enters the consolidation. */
    public record UnitReport(String unitCode, String unitName, ReportContent content) {
    }

    public record ConsolidatedForm(String code, String title, String breakdown, Map<String, BigDecimal> totals,
                                   List<ConsolidatedRow> rows, Map<String, List<UnitText>> sections) {
    }

    /** A row of a broken-down form: its text indicators (e.g. the field name) and its totals. */
    public record ConsolidatedRow(Map<String, String> labels, Map<String, BigDecimal> totals) {
    }

    public record UnitText(String unitCode, String unitName, String text) {
    }

    public static List<ConsolidatedForm> of(RegimeDefinition regime, List<UnitReport> reports) {
        List<ConsolidatedForm> forms = new ArrayList<>();
        for (ReportForm form : regime.forms()) {
            Map<String, List<UnitText>> sections = new LinkedHashMap<>();
            for (NarrativeSection section : form.sections()) {
                List<UnitText> texts = new ArrayList<>();
                for (UnitReport report : reports) {
                    values(report, form).map(values -> values.get(section.code()))
                            .filter(text -> text instanceof String s && !s.isBlank())
                            .ifPresent(text -> texts.add(new UnitText(report.unitCode(), report.unitName(), (String) text)));
                }
                sections.put(section.code(), texts);
            }
            if (form.breakdown() == null) {
                List<Map<String, Object>> sets = reports.stream().flatMap(report -> values(report, form).stream()).toList();
                forms.add(new ConsolidatedForm(form.code(), form.title(), null, totals(form, sets), List.of(), sections));
            } else {
                forms.add(new ConsolidatedForm(form.code(), form.title(), form.breakdown(), totals(form, rowsOf(form, reports)),
                        rows(form, reports), sections));
            }
        }
        return forms;
    }

    private static List<ConsolidatedRow> rows(ReportForm form, List<UnitReport> reports) {
        List<Indicator> labels = form.indicators().stream().filter(i -> i.type() == IndicatorType.TEXT).toList();
        Map<String, Map<String, String>> labelsByKey = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> rowsByKey = new LinkedHashMap<>();
        for (Map<String, Object> row : rowsOf(form, reports)) {
            Map<String, String> rowLabels = new LinkedHashMap<>();
            StringBuilder key = new StringBuilder();
            for (Indicator label : labels) {
                String text = row.get(label.code()) instanceof String s ? s.strip() : "";
                rowLabels.put(label.code(), text);
                key.append(text.toLowerCase(java.util.Locale.ROOT)).append('\u0000');
            }
            labelsByKey.putIfAbsent(key.toString(), rowLabels);
            rowsByKey.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(row);
        }
        List<ConsolidatedRow> rows = new ArrayList<>();
        rowsByKey.forEach((key, group) -> rows.add(new ConsolidatedRow(labelsByKey.get(key), totals(form, group))));
        return rows;
    }

    /** Sums (percentages: means) of the form's numeric indicators over sets of values; absent ones are left out. */
    private static Map<String, BigDecimal> totals(ReportForm form, List<Map<String, Object>> sets) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (Indicator indicator : form.indicators()) {
            if (!indicator.type().isNumeric()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            int given = 0;
            for (Map<String, Object> values : sets) {
                Optional<BigDecimal> value = ReportForm.number(values.get(indicator.code()));
                if (value.isPresent()) {
                    sum = sum.add(value.get());
                    given++;
                }
            }
            if (given > 0) {
                totals.put(indicator.code(), indicator.type() == IndicatorType.PERCENT
                        ? sum.divide(BigDecimal.valueOf(given), 2, RoundingMode.HALF_UP) : sum);
            }
        }
        return totals;
    }

    private static Optional<Map<String, Object>> values(UnitReport report, ReportForm form) {
        ReportContent.FormEntry entry = report.content().form(form.code());
        return Optional.ofNullable(entry == null ? null : entry.values());
    }

    private static List<Map<String, Object>> rowsOf(ReportForm form, List<UnitReport> reports) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (UnitReport report : reports) {
            ReportContent.FormEntry entry = report.content().form(form.code());
            if (entry != null && entry.rows() != null) {
                entry.rows().stream().filter(java.util.Objects::nonNull).forEach(rows::add);
            }
        }
        return rows;
    }
}
