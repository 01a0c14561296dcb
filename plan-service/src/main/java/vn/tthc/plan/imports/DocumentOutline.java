package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits the prose lines of a plan document into its parts ({@link Outline}), reading them in order: the
 * front matter up to "KẾ HOẠCH"; the title (the rest of that line and the lines after it, up to three, until a
 * legal basis, a preamble or a numbered part); the introduction up to the first numbered part ("I. …"); the
 * numbered parts; the closing, from "Nơi nhận:" or the signer's title; the appendix, from "Phụ lục". The line
 * after "KẾ HOẠCH" is the title whatever it says ("Thực hiện công tác …"), unless it is a legal basis or a
 * numbered part. Without a "KẾ HOẠCH" line, the front matter ends at the first legal basis or numbered part.
 */
final class DocumentOutline {

    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_TITLE_LINE_LENGTH = 250;
    private static final Pattern BASIS_START = Pattern.compile(
            "^(?:[-–+•]\\s*)?(?:can cu\\b|thuc hien\\s+" + DocumentPatterns.DOCUMENT_TYPE + "\\b|"
                    + DocumentPatterns.DOCUMENT_TYPE + "\\s+so\\b)");

    private enum Part { FRONT, TITLE, INTRO, BODY, CLOSING, APPENDIX }

    private final List<DocumentLine> front = new ArrayList<>();
    private final List<DocumentLine> title = new ArrayList<>();
    private final List<DocumentLine> intro = new ArrayList<>();
    private final List<OutlineSection> sections = new ArrayList<>();
    private final List<DocumentLine> closing = new ArrayList<>();
    private final List<DocumentLine> appendixHead = new ArrayList<>();
    private DocumentLine planHeading;
    private DocumentLine appendixHeading;
    private DocumentLine sectionHeading;
    private DocumentPatterns.Labelled sectionLabel;
    private final List<DocumentLine> sectionLines = new ArrayList<>();
    private Part part = Part.FRONT;

    private DocumentOutline() {
    }

    static Outline of(List<DocumentLine> lines) {
        DocumentOutline outline = new DocumentOutline();
        lines.forEach(outline::take);
        outline.endSection();
        return new Outline(outline.front, outline.planHeading, outline.title, outline.intro, outline.sections,
                outline.closing, outline.appendixHeading, outline.appendixHead);
    }

    /** Whether a line opens the legal bases: "Căn cứ …", "Thực hiện Nghị định số …", "Quyết định số …". */
    static boolean startsLegalBasis(String text) {
        return BASIS_START.matcher(DocumentPatterns.fold(text)).find();
    }

    private void take(DocumentLine line) {
        String text = line.text();
        switch (part) {
            case FRONT -> {
                Optional<String> heading = DocumentPatterns.planHeading(text);
                if (heading.isPresent()) {
                    planHeading = line;
                    part = Part.TITLE;
                    if (!heading.get().isEmpty()) {
                        title.add(line.withText(heading.get()));
                    }
                } else if (startsLegalBasis(text) || DocumentPatterns.romanHeading(text).isPresent()) {
                    part = Part.INTRO;
                    take(line);
                } else if (DocumentPatterns.isAppendixHeading(text)) {
                    startAppendix(line);
                } else {
                    front.add(line);
                }
            }
            case TITLE -> {
                boolean opensIntro = startsLegalBasis(text) || DocumentPatterns.romanHeading(text).isPresent();
                if (title.isEmpty() && !opensIntro || continuesTitle(text)) {
                    title.add(line);
                } else {
                    part = Part.INTRO;
                    take(line);
                }
            }
            case INTRO -> {
                if (startsSection(line) || startsOtherPart(line)) {
                    return;
                }
                intro.add(line);
            }
            case BODY -> {
                if (startsSection(line) || startsOtherPart(line)) {
                    return;
                }
                sectionLines.add(line);
            }
            case CLOSING -> {
                if (DocumentPatterns.isAppendixHeading(text)) {
                    startAppendix(line);
                } else {
                    closing.add(line);
                }
            }
            case APPENDIX -> appendixHead.add(line);
            default -> throw new IllegalStateException(part.name());
        }
    }

    private boolean continuesTitle(String text) {
        return title.size() < MAX_TITLE_LINES && text.length() <= MAX_TITLE_LINE_LENGTH
                && !startsLegalBasis(text) && !LegalBasisReader.isPreamble(text)
                && DocumentPatterns.romanHeading(text).isEmpty() && !text.endsWith(";") && !text.endsWith(":");
    }

    private boolean startsSection(DocumentLine line) {
        Optional<DocumentPatterns.Labelled> heading = DocumentPatterns.romanHeading(line.text());
        if (heading.isEmpty()) {
            return false;
        }
        endSection();
        sectionHeading = line;
        sectionLabel = heading.get();
        part = Part.BODY;
        return true;
    }

    /** Moves on to the closing or the appendix when the line starts one (and takes it there). */
    private boolean startsOtherPart(DocumentLine line) {
        String text = line.text();
        if (DocumentPatterns.isAppendixHeading(text)) {
            endSection();
            startAppendix(line);
            return true;
        }
        if (DocumentPatterns.recipientsHeading(text).isPresent() || DocumentPatterns.isSignatureTitle(text)) {
            endSection();
            part = Part.CLOSING;
            closing.add(line);
            return true;
        }
        return false;
    }

    private void startAppendix(DocumentLine line) {
        appendixHeading = line;
        part = Part.APPENDIX;
    }

    private void endSection() {
        if (sectionHeading != null) {
            sections.add(new OutlineSection(sectionHeading, sectionLabel.label(), sectionLabel.text(),
                    SectionKind.of(sectionLabel.text()), sectionLines));
            sectionHeading = null;
            sectionLines.clear();
        }
    }
}
