package vn.tthc.plan.exports;

import vn.tthc.plan.LegalBasis;
import vn.tthc.plan.Plan;
import vn.tthc.plan.PlanContents;
import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanTarget;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskStatus;
import vn.tthc.plan.Unit;
import vn.tthc.plan.UnitLetterhead;
import vn.tthc.platform.documents.DocumentFile;
import vn.tthc.platform.documents.DocumentTable;
import vn.tthc.platform.documents.DownloadNames;
import vn.tthc.platform.documents.OfficialDocument;
import vn.tthc.platform.documents.OfficialDocx;
import vn.tthc.platform.documents.OfficialXlsx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plan with its progress as a document a department can sign and send (Decree 30/2020/NĐ-CP): the letterhead of
 * its issuing unit, "KẾ HOẠCH" and its summary, the legal bases, purposes, requirements and targets, where the tasks
 * stand, the signature block and "Nơi nhận", then the appendix of tasks with their progress on landscape pages.
 * The workbook holds the same appendix. Unit names, abbreviation, place and signer come from the unit tree.
 */
public final class PlanDocuments {

    static final String SYMBOL = "KH";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /**
     * Each column's width in millimetres of the landscape page's 252 mm, by heading: the number narrow, the task and
     * its results wide, dates wide enough for "31/01/2025" on one line.
     */
    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(Map.entry("STT", 10), Map.entry("Nội dung công việc", 38),
            Map.entry("Kết quả công việc", 32), Map.entry("Đơn vị chủ trì", 20), Map.entry("Đơn vị phối hợp", 20),
            Map.entry("Thời gian thực hiện", 22), Map.entry("Kinh phí", 14), Map.entry("Hạn hoàn thành", 21),
            Map.entry("Trạng thái", 16), Map.entry("Ngày hoàn thành", 21), Map.entry("Đúng hạn/ trễ hạn", 14),
            Map.entry("Tiến độ gần nhất", 24));

    /** The plan, the unit that issues it and the unit above that (either may be null), as of a day. */
    public record Source(PlanContents contents, Unit issuingUnit, Unit parentUnit, LocalDate today) {
    }

    private PlanDocuments() {
    }

    public static DocumentFile docx(Source source) {
        return new DocumentFile(OfficialDocx.write(document(source)), OfficialDocx.MEDIA_TYPE,
                asciiName(source) + ".docx", vietnameseName(source) + ".docx");
    }

    public static DocumentFile xlsx(Source source) {
        try (OfficialXlsx workbook = new OfficialXlsx()) {
            workbook.table(List.of("PHỤ LỤC: TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", attachedTo(source), source.contents().plan().title()),
                    appendix(source.contents()));
            return new DocumentFile(workbook.bytes(), OfficialXlsx.MEDIA_TYPE, asciiName(source) + ".xlsx",
                    vietnameseName(source) + ".xlsx");
        }
    }

    static OfficialDocument document(Source source) {
        Plan plan = source.contents().plan();
        PlanDetails details = plan.details();
        UnitLetterhead unit = letterhead(source.issuingUnit());
        List<OfficialDocument.Block> body = new ArrayList<>();
        for (LegalBasis basis : details.legalBases()) {
            String text = basis.text();
            body.add(new OfficialDocument.Paragraph(text.regionMatches(true, 0, "Căn cứ", 0, 6) ? text : "Căn cứ " + text));
        }
        if (details.purposes() != null || details.requirements() != null) {
            body.add(new OfficialDocument.Heading(1, "Mục đích, yêu cầu"));
            if (details.purposes() != null) {
                body.add(new OfficialDocument.Heading(2, "Mục đích"));
                body.add(new OfficialDocument.Paragraph(details.purposes()));
            }
            if (details.requirements() != null) {
                body.add(new OfficialDocument.Heading(2, "Yêu cầu"));
                body.add(new OfficialDocument.Paragraph(details.requirements()));
            }
        }
        if (!details.targets().isEmpty()) {
            body.add(new OfficialDocument.Heading(1, "Chỉ tiêu"));
            for (PlanTarget target : details.targets()) {
                body.add(new OfficialDocument.Paragraph("- " + target(target)));
            }
        }
        body.add(new OfficialDocument.Heading(1, "Nhiệm vụ và tiến độ thực hiện"));
        body.add(new OfficialDocument.Paragraph("Các nhiệm vụ, kết quả, đơn vị chủ trì, đơn vị phối hợp, thời gian, kinh phí và tiến "
                + "độ thực hiện chi tiết tại Phụ lục kèm theo Kế hoạch này."));
        body.add(new OfficialDocument.Paragraph(progress(source.contents().tasks(), source.today())));

        boolean planSigner = details.signerTitle() != null;
        OfficialDocument.Signature signature = new OfficialDocument.Signature(
                planSigner && !details.signerTitle().equalsIgnoreCase(String.valueOf(unit.signerTitle())) ? null : unit.signingAuthority(),
                planSigner ? details.signerTitle() : unit.signerTitle(),
                details.signerName() != null ? details.signerName() : unit.signerName());
        List<String> recipients = new ArrayList<>(details.recipients());
        if (recipients.stream().noneMatch(r -> r.startsWith("Lưu"))) {
            recipients.add("Lưu: VT" + (unit.abbreviation() == null ? "" : ", " + unit.abbreviation()));
        }
        OfficialDocument.Appendix appendix = new OfficialDocument.Appendix(List.of("PHỤ LỤC"),
                "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", attachedTo(source), appendix(source.contents()));
        return new OfficialDocument(letterheadOf(source), "Kế hoạch", summary(plan.title()), List.of(), body, signature,
                recipients, List.of(appendix));
    }

    static OfficialDocument.Letterhead letterheadOf(Source source) {
        PlanDetails details = source.contents().plan().details();
        UnitLetterhead unit = letterhead(source.issuingUnit());
        String issuing = source.issuingUnit() == null
                ? (details.issuingUnitCode() == null ? "" : details.issuingUnitCode())
                : unit.headerNameOr(source.issuingUnit().name());
        String parent = source.parentUnit() == null ? null
                : letterhead(source.parentUnit()).headerNameOr(source.parentUnit().name());
        return new OfficialDocument.Letterhead(parent, issuing,
                OfficialDocument.numberAndSymbol(details.number(), SYMBOL, unit.abbreviation()),
                details.place() != null ? details.place() : unit.place(), details.signedOn());
    }

    /** The appendix: a row per section, then its tasks; every column the plan's data has. */
    static DocumentTable appendix(PlanContents contents) {
        PlanTableRows.Table printed = PlanTableRows.table(contents.sections(), contents.tasks(), contents.progress());
        List<DocumentTable.Column> columns = printed.header().stream()
                .map(heading -> new DocumentTable.Column(null, heading, WEIGHTS.getOrDefault(heading, 10), "STT".equals(heading)))
                .toList();
        List<DocumentTable.Row> rows = printed.rows().stream()
                .map(row -> row.section() ? DocumentTable.Row.section(row.cells().get(0), row.cells().get(1))
                        : new DocumentTable.Row(DocumentTable.RowKind.PLAIN, new ArrayList<>(row.cells())))
                .toList();
        return new DocumentTable(null, "Phụ lục tiến độ nhiệm vụ", columns, rows);
    }

    /** "(Kèm theo Kế hoạch số 05/KH-SKHCN ngày 27/01/2025 của Sở Khoa học và Công nghệ tỉnh Sóc Trăng)". */
    static String attachedTo(Source source) {
        PlanDetails details = source.contents().plan().details();
        StringBuilder text = new StringBuilder("(Kèm theo Kế hoạch");
        if (details.number() != null) {
            text.append(" số ").append(details.number().strip());
        }
        if (details.signedOn() != null) {
            text.append(" ngày ").append(DATE.format(details.signedOn()));
        }
        if (source.issuingUnit() != null) {
            text.append(" của ").append(source.issuingUnit().name());
        }
        return text.append(")").toString();
    }

    /** "Kế hoạch công tác kiểm soát …" as the summary under "KẾ HOẠCH": "Công tác kiểm soát …". */
    static String summary(String title) {
        String text = title.strip();
        if (text.regionMatches(true, 0, "Kế hoạch ", 0, 9) && text.length() > 9) {
            text = text.substring(9).strip();
            text = text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
        }
        return text;
    }

    private static String target(PlanTarget target) {
        if (target.text() != null) {
            return target.text();
        }
        StringBuilder text = new StringBuilder(target.metric() == null ? "" : target.metric());
        if (target.value() != null) {
            text.append(": ").append(target.value().stripTrailingZeros().toPlainString().replace('.', ','));
            if (target.unit() != null) {
                text.append(' ').append(target.unit());
            }
        }
        if (target.deadline() != null) {
            text.append(" (trước ngày ").append(DATE.format(target.deadline())).append(')');
        }
        return text.toString();
    }

    /** Where the tasks stand on a day: how many, done (on time, late), in progress, not started, cancelled. */
    static String progress(List<Task> tasks, LocalDate today) {
        long done = tasks.stream().filter(t -> t.status() == TaskStatus.DONE).count();
        long onTime = tasks.stream().filter(t -> t.status() == TaskStatus.DONE && t.isOnTime()).count();
        long inProgress = tasks.stream().filter(t -> t.status() == TaskStatus.IN_PROGRESS).count();
        long notStarted = tasks.stream().filter(t -> t.status() == TaskStatus.NOT_STARTED).count();
        long cancelled = tasks.stream().filter(t -> t.status() == TaskStatus.CANCELLED).count();
        return "Đến ngày " + DATE.format(today) + ", Kế hoạch có " + tasks.size() + " nhiệm vụ: đã hoàn thành " + done
                + " (đúng hạn " + onTime + ", trễ hạn " + (done - onTime) + "); đang thực hiện " + inProgress
                + "; chưa thực hiện " + notStarted + (cancelled > 0 ? "; hủy " + cancelled : "") + ".";
    }

    /** {@code ke-hoach-05-KH-SKHCN-2025}: the number, or the unit's abbreviation, and the year. */
    static String asciiName(Source source) {
        PlanDetails details = source.contents().plan().details();
        String year = year(details);
        if (details.number() != null) {
            String number = details.number();
            return DownloadNames.ascii("ke-hoach", number, number.contains(year == null ? "\u0000" : year) ? null : year);
        }
        String abbreviation = letterhead(source.issuingUnit()).abbreviation();
        return DownloadNames.ascii("ke-hoach", abbreviation, year, "du-thao");
    }

    /** "Kế hoạch 05-KH-SKHCN năm 2025", or "Dự thảo kế hoạch SKHCN năm 2025" before it has a number. */
    static String vietnameseName(Source source) {
        PlanDetails details = source.contents().plan().details();
        String year = year(details);
        String suffix = year == null ? "" : " năm " + year;
        if (details.number() != null) {
            return DownloadNames.vietnamese("Kế hoạch " + details.number().strip() + suffix);
        }
        String abbreviation = letterhead(source.issuingUnit()).abbreviation();
        return DownloadNames.vietnamese("Dự thảo kế hoạch" + (abbreviation == null ? "" : " " + abbreviation) + suffix);
    }

    private static String year(PlanDetails details) {
        if (details.period() != null) {
            return Integer.toString(details.period().start().getYear());
        }
        return details.signedOn() == null ? null : Integer.toString(details.signedOn().getYear());
    }

    private static UnitLetterhead letterhead(Unit unit) {
        return unit == null ? UnitLetterhead.NONE : unit.letterhead();
    }
}
