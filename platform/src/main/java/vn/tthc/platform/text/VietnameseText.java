package vn.tthc.platform.text;

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

    /**
     * {@link #fold(String) Folded} character by character, so the result has the same length as the text and a
     * position found in one is the same position in the other. For NFC text; a lone combining mark becomes a space.
     */
    public static String foldSameLength(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(foldChar(text.charAt(i)));
        }
        return folded.toString();
    }

    private static char foldChar(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        return Character.getType(base) == Character.NON_SPACING_MARK ? ' ' : Character.toLowerCase(base);
    }

    /**
     * Whether the text holds nothing PostgreSQL or a reader could choke on: no control character (U+0000 to
     * U+001F and U+007F; tab and line breaks allowed only where {@code lineBreaksAllowed}) and no unpaired
     * surrogate. The one policy for request bodies, query and path values.
     */
    public static boolean isClean(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\t' || c == '\n' || c == '\r';
            if ((c < 0x20 || c == 0x7f) && !(lineBreak && lineBreaksAllowed)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
