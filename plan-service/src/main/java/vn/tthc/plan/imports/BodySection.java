package vn.tthc.plan.imports;

/**
 * A numbered part of a plan's body as printed ("II", "NỘI DUNG THỰC HIỆN", its lines), kept whole whatever
 * was read from it.
 *
 * @param line  where its heading is
 * @param label its Roman numeral
 * @param title its heading without the numeral
 * @param text  its lines, one per line, as printed (markup removed)
 */
public record BodySection(int line, String label, String title, String text) {
}
