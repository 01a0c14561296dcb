package vn.tthc.reporting.exports;

import vn.tthc.reporting.ConsolidatedReport;
import vn.tthc.reporting.Consolidation;
import vn.tthc.reporting.EventFigure;
import vn.tthc.reporting.Figures;
import vn.tthc.reporting.ReportContent;
import vn.tthc.reporting.SubmissionStatus;
import vn.tthc.reporting.form.Indicator;
import vn.tthc.reporting.form.IndicatorGroup;
import vn.tthc.reporting.form.IndicatorType;
import vn.tthc.reporting.form.NarrativeSection;
import vn.tthc.reporting.form.ReportForm;
import vn.tthc.reporting.regime.RegimeDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lays out a unit's report or a consolidated report as an official document. */
public final class ReportLayouts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportLayouts() {
    }

    /** Who issues the document: the unit, the unit above it (or null), and whom it is addressed to (or null). */
    public record Issuer(String unitCode, String unitName, String superiorName, String addresseeName) {
    }

    public record PeriodText(String label, LocalDate start, LocalDate end) {
    }

    /** A unit's report, as sent on {@code date}. */
    public static ReportDocument submission(RegimeDefinition regime, Issuer issuer, PeriodText period, ReportContent content,
                                            LocalDate date) {
        List<String> body = new ArrayList<>();
        if (issuer.addresseeName() != null) {
            body.add("Kính gửi: " + issuer.addresseeName() + ".");
        }
        body.add(window(period));
        List<ReportDocument.Section> sections = new ArrayList<>();
        List<ReportDocument.Table> tables = new ArrayList<>();
        for (ReportForm form : regime.forms()) {
            ReportContent.FormEntry entry = content.form(form.code());
            Map<String, Object> values = entry == null || entry.values() == null ? Map.of() : entry.values();
            for (NarrativeSection section : form.sections()) {
                if (values.get(section.code()) instanceof String text && !text.isBlank()) {
                    sections.add(new ReportDocument.Section(section.title(), List.of(text)));
                }
            }
            tables.add(form.breakdown() == null ? indicatorTable(form, values)
                    : rowTable(form, entry == null || entry.rows() == null ? List.of() : entry.rows(), null));
        }
        return new ReportDocument(issuer.superiorName(), name(issuer), number(issuer), placeAndDate(date), "BÁO CÁO",
                regime.name() + " - " + period.label(), body, tables, sections);
    }

    /** The receiving unit's consolidated report, with each unit's state and the event-fed figures. */
    public static ReportDocument consolidated(RegimeDefinition regime, Issuer issuer, ConsolidatedReport report,
                                              LocalDate date) {
        List<String> body = new ArrayList<>();
        body.add(window(new PeriodText(report.periodLabel(), report.periodStart(), report.periodEnd())));
        body.add("Số đơn vị phải báo cáo: " + report.unitsExpected() + "; số báo cáo đã được tiếp nhận và tổng hợp: "
                + report.unitsAccepted() + ".");
        List<ReportDocument.Section> sections = new ArrayList<>();
        List<ReportDocument.Table> tables = new ArrayList<>();
        for (Consolidation.ConsolidatedForm consolidated : report.forms()) {
            ReportForm form = regime.form(consolidated.code()).orElseThrow();
            for (NarrativeSection section : form.sections()) {
                List<Consolidation.UnitText> texts = consolidated.sections().getOrDefault(section.code(), List.of());
                if (!texts.isEmpty()) {
                    sections.add(new ReportDocument.Section(section.title(), texts.stream()
                            .map(text -> (text.unitName() == null ? text.unitCode() : text.unitName()) + ": " + text.text())
                            .toList()));
                }
            }
            if (form.breakdown() == null) {
                tables.add(indicatorTable(form, consolidated.totals()));
            } else {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Consolidation.ConsolidatedRow row : consolidated.rows()) {
                    Map<String, Object> values = new LinkedHashMap<>(row.labels());
                    values.putAll(row.totals());
                    rows.add(values);
                }
                tables.add(rowTable(form, rows, consolidated.totals()));
            }
        }
        tables.add(figureTable(report.eventFigures()));
        tables.add(unitTable(report.units()));
        return new ReportDocument(issuer.superiorName(), name(issuer), number(issuer), placeAndDate(date), "BÁO CÁO TỔNG HỢP",
                regime.name() + " - " + report.periodLabel(), body, tables, sections);
    }

    /** STT · Chỉ tiêu · Đơn vị tính · Số liệu, group by group. */
    private static ReportDocument.Table indicatorTable(ReportForm form, Map<String, ?> values) {
        List<List<Object>> rows = new ArrayList<>();
        int group = 0;
        for (IndicatorGroup indicatorGroup : form.groups()) {
            rows.add(row(roman(++group), indicatorGroup.label(), "", ""));
            int number = 0;
            for (Indicator indicator : indicatorGroup.indicators()) {
                rows.add(row(Integer.toString(++number), indicator.label(), indicator.unit() == null ? "" : indicator.unit(),
                        cell(values.get(indicator.code()))));
            }
        }
        return new ReportDocument.Table(caption(form), List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"), rows);
    }

    /** One row per breakdown row (e.g. per field), one column per indicator, and a total row when given. */
    private static ReportDocument.Table rowTable(ReportForm form, List<Map<String, Object>> rows, Map<String, BigDecimal> totals) {
        List<String> header = new ArrayList<>(List.of("STT"));
        form.indicators().forEach(indicator -> header.add(indicator.label()));
        List<List<Object>> cells = new ArrayList<>();
        int number = 0;
        for (Map<String, Object> row : rows) {
            List<Object> line = new ArrayList<>(List.of(Integer.toString(++number)));
            form.indicators().forEach(indicator -> line.add(cell(row.get(indicator.code()))));
            cells.add(line);
        }
        if (totals != null) {
            List<Object> line = new ArrayList<>(List.of(""));
            form.indicators().forEach(indicator -> line.add(indicator.type() == IndicatorType.TEXT
                    ? (line.size() == 1 ? "Tổng cộng" : "") : cell(totals.get(indicator.code()))));
            cells.add(line);
        }
        return new ReportDocument.Table(caption(form), header, cells);
    }

    private static ReportDocument.Table figureTable(Figures figures) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 0;
        for (EventFigure figure : EventFigure.values()) {
            rows.add(row(Integer.toString(++number), figure.vietnameseLabel(), BigDecimal.valueOf(figures.get(figure))));
        }
        return new ReportDocument.Table("Số liệu tự động từ hệ thống (nhiệm vụ, phản ánh kiến nghị)",
                List.of("STT", "Chỉ tiêu", "Số liệu"), rows);
    }

    private static ReportDocument.Table unitTable(List<ConsolidatedReport.UnitPart> units) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 0;
        for (ConsolidatedReport.UnitPart unit : units) {
            rows.add(row(Integer.toString(++number), unit.unitName() == null ? unit.unitCode() : unit.unitName(),
                    status(unit.status()), unit.version() == null ? "" : unit.version().toString(),
                    unit.late() == null ? "" : unit.late() ? "Muộn" : "Đúng hạn"));
        }
        return new ReportDocument.Table("Tình hình gửi báo cáo của các đơn vị",
                List.of("STT", "Đơn vị", "Trạng thái", "Phiên bản", "Thời hạn"), rows);
    }

    private static String status(SubmissionStatus status) {
        if (status == null) {
            return "Chưa báo cáo";
        }
        return switch (status) {
            case DRAFT -> "Đang soạn";
            case SUBMITTED -> "Đã gửi, chờ tiếp nhận";
            case RETURNED -> "Bị trả lại";
            case ACCEPTED -> "Đã tiếp nhận";
        };
    }

    private static Object cell(Object value) {
        if (value instanceof String text) {
            return text;
        }
        return ReportForm.number(value).map(Object.class::cast).orElse("");
    }

    private static List<Object> row(Object... cells) {
        return List.of(cells);
    }

    private static String caption(ReportForm form) {
        return "Biểu " + form.code() + ": " + form.title();
    }

    private static String window(PeriodText period) {
        return "Kỳ báo cáo: " + period.label() + "; số liệu tính từ ngày " + DAY.format(period.start()) + " đến ngày "
                + DAY.format(period.end()) + ".";
    }

    private static String name(Issuer issuer) {
        return issuer.unitName() == null ? issuer.unitCode() : issuer.unitName();
    }

    private static String number(Issuer issuer) {
        return "Số:       /BC-" + issuer.unitCode();
    }

    private static String placeAndDate(LocalDate date) {
        return "……, ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + String.format("%02d", date.getMonthValue())
                + " năm " + date.getYear();
    }

    private static String roman(int number) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return number <= numerals.length ? numerals[number - 1] : Integer.toString(number);
    }
}
