package vn.tthc.plan.imports;

import java.util.List;

/**
 * The parts of a plan document's prose, in the order plans print them.
 *
 * @param front           lines before the "KẾ HOẠCH" heading: issuing agency, "Số: …", place and date
 * @param planHeading     the "KẾ HOẠCH" line; null when there is none
 * @param title           the title's lines (the first may be the rest of the heading line)
 * @param intro           lines between the title and the first numbered part: legal bases and preamble
 * @param sections        the numbered parts of the body
 * @param closing         "Nơi nhận:", recipients, the signer's title and name
 * @param appendixHeading the "Phụ lục" line; null when there is none
 * @param appendixHead    lines after it that are not table rows: its title and caption
 */
record Outline(List<DocumentLine> front, DocumentLine planHeading, List<DocumentLine> title,
               List<DocumentLine> intro, List<OutlineSection> sections, List<DocumentLine> closing,
               DocumentLine appendixHeading, List<DocumentLine> appendixHead) {

    Outline {
        front = List.copyOf(front);
        title = List.copyOf(title);
        intro = List.copyOf(intro);
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
        appendixHead = List.copyOf(appendixHead);
    }

    /** Whether anything of a plan was found: a "KẾ HOẠCH" heading or a numbered part. */
    boolean looksLikeAPlan() {
        return planHeading != null || !sections.isEmpty();
    }

    /** The title on one line; "" when there is none. */
    String titleText() {
        return String.join(" ", title.stream().map(DocumentLine::text).toList()).strip();
    }
}
