package vn.tthc.reporting.exports;

import vn.tthc.platform.documents.DocumentTable;
import vn.tthc.platform.documents.OfficialDocument;
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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lays out a unit's report or a consolidated report as an administrative document (Decree 30/2020/NĐ-CP) in the
 * platform's layout: the issuing unit's letterhead, "BÁO CÁO" and its summary, "Kính gửi", numbered parts, the
 * signature block and "Nơi nhận"; a form's figures in the body, or as an appendix on landscape pages when the form
 * has a row per field (Biểu số 06/VPCP/KSTT). Forms are titled by their official name, and by their official number
 * when they have one; the codes the system gives its own forms are never printed.
 */
public final class ReportLayouts {

    static final String SYMBOL = "BC";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** An official form number, e.g. 06/VPCP/KSTT or 01a/VPCP-KSTT: digits, then issuer parts after slashes. */
    private static final Pattern OFFICIAL_NUMBER = Pattern.compile("\\d{1,3}[a-z]?(/[A-ZĐ0-9-]+)+");

    private ReportLayouts() {
    }

    /**
     * Who issues the document, as the unit tree describes it: the unit's code and full name, the name its
     * letterhead prints and its parent's (null for none), its abbreviation and place (either may be null), who
     * signs, and whom it is addressed to (null for no one).
     */
    public record Issuer(String unitCode, String unitName, String headerName, String parentHeaderName, String abbreviation,
                         String place, OfficialDocument.Signature signature, String addressee) {
    }

    public record PeriodText(String label, LocalDate start, LocalDate end) {
    }

    /** A unit's report, as sent on {@code date}. */
    public static OfficialDocument submission(RegimeDefinition regime, Issuer issuer, PeriodText period, ReportContent content,
                                              LocalDate date) {
        List<OfficialDocument.Block> body = new ArrayList<>();
        List<OfficialDocument.Appendix> appendices = new ArrayList<>();
        body.add(new OfficialDocument.Heading(1, "Kỳ báo cáo"));
        body.add(new OfficialDocument.Paragraph(window(period)));
        for (ReportForm form : regime.forms()) {
            ReportContent.FormEntry entry = content.form(form.code());
            Map<String, Object> values = entry == null || entry.values() == null ? Map.of() : entry.values();
            body.add(new OfficialDocument.Heading(1, form.title()));
            for (NarrativeSection section : form.sections()) {
                if (values.get(section.code()) instanceof String text && !text.isBlank()) {
                    body.add(new OfficialDocument.Heading(2, section.title()));
                    body.add(new OfficialDocument.Paragraph(text.strip()));
                }
            }
            if (form.breakdown() == null) {
                if (!form.groups().isEmpty()) {
                    body.add(new OfficialDocument.Heading(2, "Số liệu"));
                    body.add(new OfficialDocument.Table(indicatorTable(form, values)));
                }
            } else {
                appendices.add(rowAppendix(form, entry == null || entry.rows() == null ? List.of() : entry.rows(), null, period,
                        appendices.size() + 1));
                body.add(new OfficialDocument.Paragraph("Số liệu chi tiết tại " + appendixName(form, appendices.size())
                        + " kèm theo Báo cáo này."));
            }
        }
        return new OfficialDocument(letterhead(issuer, date), "Báo cáo", summary(regime.name(), null, period.label()),
                issuer.addressee() == null ? List.of() : List.of(issuer.addressee()), body, issuer.signature(),
                recipients(issuer), appendices);
    }

    /** The receiving unit's consolidated report: who reported, each form's totals and texts, the event-fed figures. */
    public static OfficialDocument consolidated(RegimeDefinition regime, Issuer issuer, ConsolidatedReport report,
                                                LocalDate date) {
        PeriodText period = new PeriodText(report.periodLabel(), report.periodStart(), report.periodEnd());
        List<OfficialDocument.Block> body = new ArrayList<>();
        List<OfficialDocument.Appendix> appendices = new ArrayList<>();
        body.add(new OfficialDocument.Heading(1, "Tình hình gửi báo cáo"));
        body.add(new OfficialDocument.Paragraph(window(period)));
        body.add(new OfficialDocument.Paragraph("Số đơn vị phải báo cáo: " + report.unitsExpected()
                + "; số báo cáo đã được tiếp nhận và tổng hợp: " + report.unitsAccepted() + "."));
        body.add(new OfficialDocument.Table(unitTable(report.units())));
        for (Consolidation.ConsolidatedForm consolidated : report.forms()) {
            ReportForm form = regime.form(consolidated.code()).orElseThrow();
            body.add(new OfficialDocument.Heading(1, form.title()));
            for (NarrativeSection section : form.sections()) {
                List<Consolidation.UnitText> texts = consolidated.sections().getOrDefault(section.code(), List.of());
                if (!texts.isEmpty()) {
                    body.add(new OfficialDocument.Heading(2, section.title()));
                    for (Consolidation.UnitText text : texts) {
                        body.add(new OfficialDocument.Paragraph((text.unitName() == null ? text.unitCode() : text.unitName())
                                + ": " + text.text().strip()));
                    }
                }
            }
            if (form.breakdown() == null) {
                body.add(new OfficialDocument.Heading(2, "Số liệu tổng hợp"));
                body.add(new OfficialDocument.Table(indicatorTable(form, consolidated.totals())));
            } else {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Consolidation.ConsolidatedRow row : consolidated.rows()) {
                    Map<String, Object> values = new LinkedHashMap<>(row.labels());
                    values.putAll(row.totals());
                    rows.add(values);
                }
                appendices.add(rowAppendix(form, rows, consolidated.totals(), period, appendices.size() + 1));
                body.add(new OfficialDocument.Paragraph("Số liệu tổng hợp chi tiết tại " + appendixName(form, appendices.size())
                        + " kèm theo Báo cáo này."));
            }
        }
        body.add(new OfficialDocument.Heading(1, "Số liệu tự động từ hệ thống"));
        body.add(new OfficialDocument.Paragraph("Số liệu về nhiệm vụ và phản ánh, kiến nghị do hệ thống ghi nhận trong kỳ, "
                + "của các đơn vị thuộc phạm vi báo cáo:"));
        body.add(new OfficialDocument.Table(figureTable(report.eventFigures())));
        return new OfficialDocument(letterhead(issuer, date), "Báo cáo", summary(regime.name(), "Tổng hợp", report.periodLabel()),
                issuer.addressee() == null ? List.of() : List.of(issuer.addressee()), body, issuer.signature(),
                recipients(issuer), appendices);
    }

    /** The official number of a form ("06/VPCP/KSTT"), or null for a form the system codes itself. */
    public static String officialNumber(ReportForm form) {
        return OFFICIAL_NUMBER.matcher(form.code()).matches() ? form.code() : null;
    }

    static OfficialDocument.Letterhead letterhead(Issuer issuer, LocalDate date) {
        String name = issuer.headerName() != null ? issuer.headerName() : issuer.unitName() != null ? issuer.unitName() : issuer.unitCode();
        return new OfficialDocument.Letterhead(issuer.parentHeaderName(), name,
                OfficialDocument.numberAndSymbol(null, SYMBOL, issuer.abbreviation()), issuer.place(), date);
    }

    /**
     * "Tình hình, kết quả … quý I năm 2025": the regime's name without its leading "Báo cáo", after an optional
     * word ("Tổng hợp"), with the period.
     */
    static String summary(String regimeName, String lead, String periodLabel) {
        String subject = regimeName.strip();
        if (subject.regionMatches(true, 0, "Báo cáo ", 0, 8)) {
            subject = subject.substring(8).strip();
        }
        String period = periodLabel == null || periodLabel.isBlank() ? ""
                : " " + periodLabel.substring(0, 1).toLowerCase(VIETNAMESE) + periodLabel.substring(1);
        String text = lead == null ? subject : lead + " " + subject.substring(0, 1).toLowerCase(VIETNAMESE) + subject.substring(1);
        return text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1) + period;
    }

    private static List<String> recipients(Issuer issuer) {
        List<String> recipients = new ArrayList<>();
        if (issuer.addressee() != null) {
            recipients.add("Như trên");
        }
        recipients.add("Lưu: VT" + (issuer.abbreviation() == null ? "" : ", " + issuer.abbreviation()));
        return recipients;
    }

    private static String appendixName(ReportForm form, int number) {
        String official = officialNumber(form);
        return official != null ? "Biểu số " + official : "Phụ lục " + number;
    }

    /** STT · Chỉ tiêu · Đơn vị tính · Số liệu, a row per group (I, II, …) and its indicators under it. */
    static DocumentTable indicatorTable(ReportForm form, Map<String, ?> values) {
        List<DocumentTable.Row> rows = new ArrayList<>();
        int group = 0;
        for (IndicatorGroup indicatorGroup : form.groups()) {
            rows.add(DocumentTable.Row.section(roman(++group), indicatorGroup.label()));
            int number = 0;
            for (Indicator indicator : indicatorGroup.indicators()) {
                rows.add(DocumentTable.Row.of(Integer.toString(++number), indicator.label(),
                        indicator.unit() == null ? "" : indicator.unit(), cell(values.get(indicator.code()))));
            }
        }
        String official = officialNumber(form);
        return new DocumentTable(null, official != null ? "Biểu " + official : form.title(),
                List.of(DocumentTable.Column.text("STT", 8), DocumentTable.Column.text("Chỉ tiêu", 66),
                        DocumentTable.Column.text("Đơn vị tính", 14), DocumentTable.Column.number("Số liệu", 14)), rows);
    }

    /**
     * A form with a row per field (e.g. Biểu số 06/VPCP/KSTT) as an appendix: a column per indicator under its
     * group's heading, a total row when given.
     */
    private static OfficialDocument.Appendix rowAppendix(ReportForm form, List<Map<String, Object>> rows,
                                                         Map<String, BigDecimal> totals, PeriodText period, int number) {
        List<DocumentTable.Column> columns = new ArrayList<>(List.of(DocumentTable.Column.text("STT", 10)));
        for (IndicatorGroup group : form.groups()) {
            for (Indicator indicator : group.indicators()) {
                boolean numeric = indicator.type().isNumeric();
                DocumentTable.Column column = new DocumentTable.Column(null, indicator.label(), numeric ? 17 : 50, numeric);
                columns.add(group.indicators().size() > 1 ? column.in(group.label()) : column);
            }
        }
        List<DocumentTable.Row> cells = new ArrayList<>();
        int line = 0;
        for (Map<String, Object> row : rows) {
            List<Object> values = new ArrayList<>(List.of(Integer.toString(++line)));
            form.indicators().forEach(indicator -> values.add(cell(row.get(indicator.code()))));
            cells.add(new DocumentTable.Row(DocumentTable.RowKind.PLAIN, values));
        }
        if (totals != null) {
            List<Object> values = new ArrayList<>(List.of(""));
            boolean labelled = false;
            for (Indicator indicator : form.indicators()) {
                if (indicator.type() == IndicatorType.TEXT) {
                    values.add(labelled ? "" : "Tổng cộng");
                    labelled = true;
                } else {
                    values.add(cell(totals.get(indicator.code())));
                }
            }
            cells.add(new DocumentTable.Row(DocumentTable.RowKind.TOTAL, values));
        }
        String official = officialNumber(form);
        DocumentTable table = new DocumentTable(null, official != null ? "Biểu " + official : form.title(), columns, cells);
        List<String> heading = official != null ? List.of("Biểu số " + official) : List.of("Phụ lục " + number);
        return new OfficialDocument.Appendix(heading, form.title().toUpperCase(VIETNAMESE),
                "(Kỳ báo cáo: " + period.label() + "; số liệu từ ngày " + DAY.format(period.start()) + " đến ngày "
                        + DAY.format(period.end()) + ")", table);
    }

    private static DocumentTable figureTable(Figures figures) {
        List<DocumentTable.Row> rows = new ArrayList<>();
        int number = 0;
        for (EventFigure figure : EventFigure.values()) {
            rows.add(DocumentTable.Row.of(Integer.toString(++number), figure.vietnameseLabel(), (long) figures.get(figure)));
        }
        return new DocumentTable(null, "Số liệu từ hệ thống", List.of(DocumentTable.Column.text("STT", 8),
                DocumentTable.Column.text("Chỉ tiêu", 76), DocumentTable.Column.number("Số liệu", 16)), rows);
    }

    private static DocumentTable unitTable(List<ConsolidatedReport.UnitPart> units) {
        List<DocumentTable.Row> rows = new ArrayList<>();
        int number = 0;
        for (ConsolidatedReport.UnitPart unit : units) {
            rows.add(DocumentTable.Row.of(Integer.toString(++number), unit.unitName() == null ? unit.unitCode() : unit.unitName(),
                    status(unit.status()), unit.version() == null ? "" : (Object) (long) unit.version(),
                    unit.late() == null ? "" : unit.late() ? "Muộn" : "Đúng hạn"));
        }
        return new DocumentTable(null, "Tình hình gửi báo cáo", List.of(DocumentTable.Column.text("STT", 8),
                DocumentTable.Column.text("Đơn vị", 44), DocumentTable.Column.text("Trạng thái", 22),
                DocumentTable.Column.number("Phiên bản", 12), DocumentTable.Column.text("Thời hạn", 14)), rows);
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

    private static String window(PeriodText period) {
        return "Kỳ báo cáo: " + period.label() + "; số liệu tính từ ngày " + DAY.format(period.start()) + " đến ngày "
                + DAY.format(period.end()) + ".";
    }

    private static String roman(int number) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return number <= numerals.length ? numerals[number - 1] : Integer.toString(number);
    }
}
