package vn.tthc.plan;

import java.text.Normalizer;

/**
 * A text and its folded form (lower case, no diacritics, {@code đ} as {@code d}) with the same length, so a
 * match found in the folded form marks the same characters in the original.
 */
record FoldedText(String original, String folded) {

    static FoldedText of(String nfcText) {
        StringBuilder folded = new StringBuilder(nfcText.length());
        for (int i = 0; i < nfcText.length(); i++) {
            folded.append(foldChar(nfcText.charAt(i)));
        }
        return new FoldedText(nfcText, folded.toString());
    }

    /** The original characters between two positions of the folded form. */
    String original(int start, int end) {
        return original.substring(start, end);
    }

    private static char foldChar(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.getType(base) == Character.NON_SPACING_MARK ? ' ' : Character.toLowerCase(base);
    }
}
