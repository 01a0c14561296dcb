package vn.tthc.feedback;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text rules: stored in NFC; searched without diacritics or case. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** NFC form with surrounding white space removed; null stays null. */
    public static String normalize(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** NFC and trimmed, or null for null or blank text. */
    public static String blankToNull(String text) {
        String normalized = normalize(text);
        return normalized == null || normalized.isEmpty() ? null : normalized;
    }

    /** Folded, with runs of white space made one space: the form compared for search and duplicates. */
    public static String foldForSearch(String text) {
        return text == null ? "" : fold(text).replaceAll("\\s+", " ").strip();
    }

    /** Lower case without diacritics, {@code đ} folded to {@code d}: "Đăng ký" becomes "dang ky". */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT);
    }
}
