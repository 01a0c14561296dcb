package vn.tthc.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import vn.tthc.console.api.ReportingViews.Consolidated;
import vn.tthc.console.api.ReportingViews.ConsolidatedForm;
import vn.tthc.console.api.ReportingViews.ConsolidatedRow;
import vn.tthc.console.api.ReportingViews.Form;
import vn.tthc.console.api.ReportingViews.Indicator;
import vn.tthc.console.api.ReportingViews.Regime;
import vn.tthc.console.api.ReportingViews.UnitPart;
import vn.tthc.console.api.ReportingViews.UnitText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consolidated report laid out per form: the indicators as columns, the total row, and one row per unit (the
 * drill-down: what each unit's accepted report says), with the text sections of every unit.
 */
public final class ConsolidatedView {

    public record Cell(String value) {
    }

    public record UnitRow(String unitCode, String unitName, String status, Boolean late, String submissionId, List<Cell> cells) {
    }

    public record LabelledRow(String label, List<Cell> cells) {
    }

    public record Section(String title, List<UnitText> texts) {
    }

    public record FormPart(String code, String title, List<Indicator> columns, List<Cell> totals, List<LabelledRow> breakdown,
                           List<UnitRow> units, List<Section> sections) {
    }

    private ConsolidatedView() {
    }

    public static List<FormPart> of(Regime regime, Consolidated consolidated) {
        List<FormPart> parts = new ArrayList<>();
        if (regime.definition() == null || regime.definition().forms() == null) {
            return parts;
        }
        for (Form form : regime.definition().forms()) {
            List<Indicator> columns = form.indicators().stream().filter(Indicator::number).toList();
            ConsolidatedForm total = consolidated.forms() == null ? null
                    : consolidated.forms().stream().filter(f -> form.code().equals(f.code())).findFirst().orElse(null);
            List<Cell> totals = new ArrayList<>();
            for (Indicator column : columns) {
                BigDecimal value = total == null || total.totals() == null ? null : total.totals().get(column.code());
                totals.add(new Cell(value == null ? "" : Formats.number(value)));
            }
            List<LabelledRow> breakdown = new ArrayList<>();
            if (total != null && total.rows() != null) {
                for (ConsolidatedRow row : total.rows()) {
                    List<Cell> cells = new ArrayList<>();
                    for (Indicator column : columns) {
                        BigDecimal value = row.totals() == null ? null : row.totals().get(column.code());
                        cells.add(new Cell(value == null ? "" : Formats.number(value)));
                    }
                    breakdown.add(new LabelledRow(row.labels() == null ? "" : String.join(" · ", row.labels().values()), cells));
                }
            }
            List<UnitRow> units = new ArrayList<>();
            if (consolidated.units() != null) {
                for (UnitPart unit : consolidated.units()) {
                    List<Cell> cells = new ArrayList<>();
                    JsonNode values = unit.content() == null ? null : unit.content().path("forms").path(form.code()).path("values");
                    for (Indicator column : columns) {
                        JsonNode value = values == null ? null : values.get(column.code());
                        cells.add(new Cell(value == null || value.isNull() ? "" : value.asText()));
                    }
                    units.add(new UnitRow(unit.unitCode(), unit.unitName(), unit.status(), unit.late(),
                            unit.submissionId() == null ? null : unit.submissionId().toString(), cells));
                }
            }
            List<Section> sections = new ArrayList<>();
            if (total != null && total.sections() != null && form.sections() != null) {
                Map<String, List<UnitText>> texts = total.sections();
                form.sections().forEach(section -> {
                    List<UnitText> list = texts.get(section.code());
                    if (list != null && !list.isEmpty()) {
                        sections.add(new Section(section.title(), list));
                    }
                });
            }
            parts.add(new FormPart(form.code(), form.title(), columns, totals, breakdown, units, sections));
        }
        return parts;
    }
}
