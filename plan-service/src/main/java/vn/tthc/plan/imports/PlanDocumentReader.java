package vn.tthc.plan.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.PlanTarget;

/**
 * Reads a whole plan document (Kế hoạch) into a {@link PlanDocumentPreview}: its header, title, kind, period,
 * legal bases, purposes, requirements, targets, signer and recipients, and its tasks.
 *
 * <p>The document is read in the order plans print it ({@link DocumentOutline}): front matter ({@link
 * HeaderReader}), title, introduction ({@link LegalBasisReader}), numbered parts ({@link PurposeReader},
 * {@link TargetReader}), closing ({@link ClosingReader}), appendix ({@link AppendixHeadReader}). The period is
 * the one the title names ({@link PlanPeriods}); failing that, the appendix title's, then the year of the
 * plan's date, with a warning. Tasks come from the appendix table through {@link PlanTableImporter} with that
 * period; when the document has no table, or one that is not a plan table, from the body ({@link
 * BodyTaskReader}).
 *
 * <p>Every line is read into a field, kept in a {@link BodySection}, or reported: a body part that is neither
 * read into fields nor into tasks gets one {@link ImportWarning#SECTION_KEPT} warning, any other line that is
 * not understood its own. Lines are counted from 1: the lines of a text, the paragraphs of a Word document
 * (with those in the cells of tables that are not the appendix, one per cell paragraph).
 */
public final class PlanDocumentReader {

    private static final Pattern TITLE_ISSUER = Pattern.compile("\\bcua\\s+((?:so|uy ban|ubnd|van phong|ban|thanh tra"
            + "|trung tam|chi cuc|cuc|bo)\\b.*)$");

    /** @throws NotAPlanDocumentException when the text is empty, binary, or holds nothing of a plan */
    public PlanDocumentPreview readText(String document) {
        return read(TextPlanDocument.of(document));
    }

    /** @throws NotAPlanDocumentException when the bytes are empty, not UTF-8 text, or hold nothing of a plan */
    public PlanDocumentPreview readText(byte[] utf8) {
        return read(TextPlanDocument.of(utf8));
    }

    /** @throws NotAPlanDocumentException when the stream is empty, not a .docx, or holds nothing of a plan */
    public PlanDocumentPreview readDocx(InputStream docx) {
        return read(DocxPlanDocument.of(docx));
    }

    /**
     * Reads a document that may name no period of its own: its appendix is then read with the period given
     * beside it (the one chosen on upload), with a warning.
     */
    public PlanDocumentPreview readText(byte[] utf8, PlanPeriod given) {
        return read(TextPlanDocument.of(utf8), given);
    }

    /** As {@link #readText(byte[], PlanPeriod)}, for a Word document. */
    public PlanDocumentPreview readDocx(InputStream docx, PlanPeriod given) {
        return read(DocxPlanDocument.of(docx), given);
    }

    PlanDocumentPreview read(PlanDocument document) {
        return read(document, null);
    }

    private PlanDocumentPreview read(PlanDocument document, PlanPeriod given) {
        Warnings warnings = new Warnings();
        List<DocumentLine> lines = LineCleaner.clean(document.lines(), warnings);
        Outline outline = DocumentOutline.of(lines);
        if (!outline.looksLikeAPlan() && !document.hasTable()) {
            throw new NotAPlanDocumentException(NotAPlanDocumentException.Reason.NOT_A_PLAN,
                    "no \"KẾ HOẠCH\" heading, numbered part or task table");
        }
        int firstLine = lines.isEmpty() ? 1 : lines.get(0).number();

        HeaderReader.Header header = HeaderReader.read(outline.front(), warnings);
        String title = outline.titleText();
        if (title.isEmpty()) {
            warnings.add(outline.planHeading() == null ? firstLine : outline.planHeading().number(),
                    ImportWarning.TITLE_MISSING, "Không tìm thấy tên kế hoạch (dòng sau «KẾ HOẠCH»)");
        }
        LegalBasisReader.Intro intro = LegalBasisReader.read(outline.intro(), warnings);
        AppendixHeadReader.AppendixHead appendixHead = AppendixHeadReader.read(outline.appendixHead(), warnings);
        NumberAndDate.Settled settled = NumberAndDate.settle(header, appendixHead, firstLine, warnings);
        PlanPeriod period = period(title, appendixHead, settled, given, firstLine, warnings);
        PurposeReader.Purposes purposes = PurposeReader.read(outline.sections(), warnings);
        List<DocumentLine> targetLines = new ArrayList<>(purposes.targetLines());
        targetLines.addAll(AreaTargetLines.in(outline.sections()));
        List<PlanTarget> targets = TargetReader.read(targetLines, warnings);
        ClosingReader.Closing closing = ClosingReader.read(outline.closing(), warnings);
        int lastLine = lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number();
        if (closing.signerName() == null && closing.signerTitle() == null) {
            warnings.add(lastLine, ImportWarning.SIGNER_MISSING, "Không tìm thấy người ký ở cuối văn bản");
        }
        if (closing.recipients().isEmpty()) {
            warnings.add(lastLine, ImportWarning.RECIPIENTS_MISSING, "Không tìm thấy «Nơi nhận:»");
        }

        PlanTablePreview tasks = null;
        TaskSource source = TaskSource.NONE;
        if (document.hasTable()) {
            tasks = appendixTable(document, period, outline, firstLine, warnings);
            source = tasks == null ? TaskSource.NONE : TaskSource.APPENDIX_TABLE;
        }
        if (tasks == null) {
            tasks = new BodyTaskReader(period, warnings).read(outline.sections());
            source = tasks.sections().isEmpty() ? TaskSource.NONE : TaskSource.DOCUMENT_BODY;
            if (source == TaskSource.NONE) {
                warnings.add(firstLine, ImportWarning.NO_TASKS, "Không có bảng phụ lục, cũng không có phần nội dung hay tổ"
                        + " chức thực hiện để đọc nhiệm vụ");
            }
        }
        reportSectionsKeptAsText(outline, source, warnings);

        PlanDetails details = new PlanDetails(settled.number(), settled.place(), settled.date(), title.isEmpty() ? null : title,
                PlanKinds.of(title), period, intro.bases(), purposes.purposes(), purposes.requirements(), null,
                closing.signerName(), closing.signerTitle(), closing.recipients(), targets);
        List<BodySection> body = outline.sections().stream()
                .map(s -> new BodySection(s.heading().number(), s.label(), s.title(), s.text()))
                .toList();
        return new PlanDocumentPreview(details, issuingUnit(intro, header, title, appendixHead), body,
                appendixHead.title(), source, tasks, warnings.byLine());
    }

    /** The appendix table read with the plan's period; null (reported) when it cannot be. */
    private static PlanTablePreview appendixTable(PlanDocument document, PlanPeriod period, Outline outline, int firstLine,
                                                  Warnings warnings) {
        int line = outline.appendixHeading() == null ? firstLine : outline.appendixHeading().number();
        if (period == null) {
            warnings.add(line, ImportWarning.PERIOD_MISSING, "Không rõ thời gian của kế hoạch nên không đọc được bảng phụ lục");
            return null;
        }
        try {
            return document.table().read(new PlanTableImporter(period));
        } catch (NotAPlanTableException e) {
            warnings.add(line, ImportWarning.APPENDIX_UNREADABLE, "Bảng trong văn bản không đọc được là bảng nhiệm vụ ("
                    + e.reason().key() + "); nhiệm vụ được đọc từ thân văn bản");
            return null;
        }
    }

    private static PlanPeriod period(String title, AppendixHeadReader.AppendixHead appendix, NumberAndDate.Settled settled,
                                     PlanPeriod given, int firstLine, Warnings warnings) {
        Optional<PlanPeriod> named = PlanPeriods.in(title);
        if (named.isPresent()) {
            return named.get();
        }
        Optional<PlanPeriod> inAppendix = appendix.title() == null ? Optional.empty() : PlanPeriods.in(appendix.title());
        if (inAppendix.isPresent()) {
            warnings.add(firstLine, ImportWarning.PERIOD_ASSUMED, "Tên kế hoạch không ghi thời gian; lấy theo tên phụ lục: "
                    + appendix.title());
            return inAppendix.get();
        }
        if (settled.date() != null) {
            warnings.add(firstLine, ImportWarning.PERIOD_ASSUMED, "Tên kế hoạch không ghi thời gian; lấy năm ban hành "
                    + settled.date().getYear());
            return PlanPeriod.year(settled.date().getYear());
        }
        if (given != null) {
            warnings.add(firstLine, ImportWarning.PERIOD_ASSUMED, "Văn bản không ghi thời gian của kế hoạch; lấy theo thời gian"
                    + " chọn khi tải lên: " + given.start() + " đến " + given.end());
            return given;
        }
        warnings.add(firstLine, ImportWarning.PERIOD_MISSING, "Không rõ kế hoạch cho thời gian nào (năm, giai đoạn)");
        return null;
    }

    /** One warning per body part whose lines are kept as text only. */
    private static void reportSectionsKeptAsText(Outline outline, TaskSource source, Warnings warnings) {
        for (OutlineSection section : outline.sections()) {
            boolean read = switch (section.kind()) {
                case PURPOSES -> true;
                case CONTENT -> source == TaskSource.DOCUMENT_BODY
                        || section.lines().stream().allMatch(l -> DocumentPatterns.refersToAppendix(l.text()));
                case ORGANISATION -> source == TaskSource.DOCUMENT_BODY || section.lines().isEmpty();
                default -> section.lines().isEmpty();
            };
            if (!read) {
                warnings.add(section.heading(), ImportWarning.SECTION_KEPT, "Phần «" + section.label() + ". " + section.title()
                        + "» được giữ nguyên văn, không đọc thành nhiệm vụ hay chỉ tiêu");
            }
        }
    }

    /** As the preamble names it; else the capitalised agency line of the header; else "… của Sở …" in the title or caption. */
    private static String issuingUnit(LegalBasisReader.Intro intro, HeaderReader.Header header, String title,
                                      AppendixHeadReader.AppendixHead appendix) {
        if (intro.issuingUnit() != null) {
            return intro.issuingUnit();
        }
        if (header.issuingUnit() != null) {
            return header.issuingUnit();
        }
        Matcher inTitle = TITLE_ISSUER.matcher(DocumentPatterns.fold(title));
        if (inTitle.find()) {
            return title.substring(inTitle.start(1)).strip();
        }
        return appendix.captionUnit();
    }
}
