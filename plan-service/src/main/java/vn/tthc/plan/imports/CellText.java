package vn.tthc.plan.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.tthc.plan.TextItems;

/**
 * How the text of a cell that a page break cut in two is put back together. A fragment continues the text
 * before it unless that text ended a sentence or the fragment starts a new list item; a fragment in lower
 * case (or opening a bracket) always continues.
 */
final class CellText {

    /** Words a phrase cannot end on, with their diacritics ("của", not "cửa" as in "Bộ phận Một cửa"). */
    private static final Pattern DANGLING = Pattern.compile(
            "(?:(?<!\\p{L})(?:và|với|hoặc|của|các|phối hợp|chủ trì|tham mưu|cùng|gồm|tại|về|cho|thuộc)|[,/&\\-–])$");
    private static final Pattern PLACEHOLDER = Pattern.compile("[-–]+");
    private static final int MIN_REPEAT_LENGTH = 12;

    private CellText() {
    }

    static boolean continues(String previous, String fragment) {
        if (previous.isBlank() || fragment.isBlank() || TextItems.startsWithMarker(fragment)) {
            return false;
        }
        char first = fragment.strip().charAt(0);
        if (Character.isLowerCase(first) || first == '(') {
            return true;
        }
        return !endsSentence(previous);
    }

    /**
     * For the short values of unit, time and funding cells, which often end without punctuation: a fragment
     * continues the value above only when it starts in lower case or with a bracket, or the value above stops
     * mid-phrase; otherwise it is a value of its own.
     */
    static boolean continuesValue(String previous, String fragment) {
        if (previous.isBlank() || fragment.isBlank() || TextItems.startsWithMarker(fragment)) {
            return false;
        }
        char first = fragment.strip().charAt(0);
        return Character.isLowerCase(first) || first == '(' || endsDangling(previous);
    }

    /** The two texts as one: on the same line when the fragment continues, else on a new line. */
    static String join(String previous, String fragment) {
        if (previous.isBlank()) {
            return fragment;
        }
        if (fragment.isBlank()) {
            return previous;
        }
        return previous + (continues(previous, fragment) ? " " : "\n") + fragment;
    }

    /** Whether the text stops mid-phrase ("… phối hợp với Sở Thông tin và"), so its rest is in the next row. */
    static boolean endsDangling(String text) {
        String[] lines = text.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        return !last.isEmpty() && !PLACEHOLDER.matcher(last).matches()
                && DANGLING.matcher(Normalizer.normalize(last, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether the fragment only repeats the end of the text before it, as some page-break conversions do. A
     * fragment equal to the whole text before it is not a repeat but the same value again.
     */
    static boolean repeatsEndOf(String previous, String fragment) {
        String tail = squash(fragment);
        String before = squash(previous);
        return tail.length() >= MIN_REPEAT_LENGTH && before.length() > tail.length() && before.endsWith(tail);
    }

    /** Whether both texts are dashed list items, so the second continues the list of the first. */
    static boolean continuesList(String previous, String fragment) {
        return !previous.isBlank() && TextItems.startsWithMarker(previous) && TextItems.startsWithMarker(fragment)
                && !PLACEHOLDER.matcher(fragment.strip()).matches();
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".;!?:".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
