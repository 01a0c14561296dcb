package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tthc.plan.MarkupText;

/**
 * Cleans the prose lines of a converted plan document: HTML markup and Markdown emphasis and heading marks
 * removed ({@code **KẾ HOẠCH**}, {@code ## 2. Yêu cầu}, {@code *(Kèm theo …)*}), blank and purely decorative
 * lines ({@code ----}, {@code ____}) left out. A short italic word standing alone on a line, or after the end
 * of a sentence ({@code … chỉ đạo. *My*}), is what conversions leave of initials and stamps: it is removed
 * with a warning.
 */
final class LineCleaner {

    private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern STRAY_LINE = Pattern.compile("^\\*([^*\\s]{1,15})\\*$");
    private static final Pattern STRAY_TAIL = Pattern.compile("(?<=[.;:!?])\\s*\\*([^*\\s]{1,15})\\*$");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![*\\w])");
    private static final Pattern DECORATION = Pattern.compile("^[-_=~*.·•–—\\s]+$");

    private LineCleaner() {
    }

    static List<DocumentLine> clean(List<DocumentLine> lines, Warnings warnings) {
        List<DocumentLine> clean = new ArrayList<>();
        for (DocumentLine line : lines) {
            for (String piece : plain(line.text()).split("\n")) {
                String text = withoutStrayText(line.withText(piece), warnings);
                if (!text.isEmpty() && !DECORATION.matcher(text).matches()) {
                    clean.add(line.withText(text));
                }
            }
        }
        return clean;
    }

    /** A line's text without markup, heading marks or emphasis (stray fragments are kept). */
    static String plain(String text) {
        StringBuilder lines = new StringBuilder();
        for (String piece : MarkupText.toPlainText(text).split("\n")) {
            String line = HEADING_MARKS.matcher(piece).replaceFirst("").strip();
            if (!STRAY_LINE.matcher(line).matches()) {
                Matcher tail = STRAY_TAIL.matcher(line);
                int end = tail.find() ? tail.start() : line.length();
                line = ITALIC.matcher(line.substring(0, end)).replaceAll("$1") + line.substring(end);
            }
            lines.append(lines.length() == 0 ? "" : "\n").append(line);
        }
        return lines.toString();
    }

    private static String withoutStrayText(DocumentLine line, Warnings warnings) {
        Matcher alone = STRAY_LINE.matcher(line.text());
        if (alone.matches()) {
            warnings.add(line, ImportWarning.STRAY_TEXT, "Bỏ chữ «" + alone.group(1) + "» đứng riêng một dòng"
                    + " (phần thừa khi chuyển đổi văn bản)");
            return "";
        }
        Matcher tail = STRAY_TAIL.matcher(line.text());
        if (tail.find()) {
            warnings.add(line, ImportWarning.STRAY_TEXT, "Bỏ chữ «" + tail.group(1) + "» ở cuối dòng"
                    + " (phần thừa khi chuyển đổi văn bản)");
            return line.text().substring(0, tail.start()).strip();
        }
        return line.text();
    }
}
