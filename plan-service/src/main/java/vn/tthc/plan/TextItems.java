package vn.tthc.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The items of a list as plans print them in a cell: one per line, or dashed items run together on one line
 * ("- Kế hoạch kiểm soát TTHC; - Các văn bản triển khai …"). Markers are removed from the items.
 */
public final class TextItems {

    private static final Pattern LEADING_MARKER = Pattern.compile("^[-–+•*]\\s*");
    private static final Pattern STARTS_WITH_MARKER = Pattern.compile("^[-–+•*](\\s|$).*", Pattern.DOTALL);
    /** A dash item that starts after the end of a sentence or clause on the same line. */
    private static final Pattern INLINE_ITEM = Pattern.compile("(?<=[.;:!?])\\s+[-–+•]\\s+(?=\\S)");

    private TextItems() {
    }

    /** The items of clean text (see {@link MarkupText}); lines that hold only a marker are dropped. */
    public static List<String> split(String plainText) {
        List<String> items = new ArrayList<>();
        if (plainText == null) {
            return items;
        }
        for (String line : plainText.split("\n")) {
            String[] parts = startsWithMarker(line) ? INLINE_ITEM.split(line) : new String[] {line};
            for (String part : parts) {
                String item = LEADING_MARKER.matcher(part.strip()).replaceFirst("").strip();
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** Whether the text begins with a list marker such as "- " or "+ ". */
    public static boolean startsWithMarker(String text) {
        return STARTS_WITH_MARKER.matcher(text.strip()).matches();
    }
}
