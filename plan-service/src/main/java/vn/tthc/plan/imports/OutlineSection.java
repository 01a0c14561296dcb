package vn.tthc.plan.imports;

import java.util.List;

/**
 * A numbered part of a plan's body ("II. NỘI DUNG THỰC HIỆN") and its lines up to the next one.
 *
 * @param heading the heading line
 * @param label   its Roman numeral ("II")
 * @param title   the heading without the numeral, as printed
 */
record OutlineSection(DocumentLine heading, String label, String title, SectionKind kind, List<DocumentLine> lines) {

    OutlineSection {
        lines = List.copyOf(lines);
    }

    /** The lines' text, one per line. */
    String text() {
        return String.join("\n", lines.stream().map(DocumentLine::text).toList());
    }
}
