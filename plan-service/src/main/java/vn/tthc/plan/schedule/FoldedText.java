package vn.tthc.plan.schedule;

import vn.tthc.platform.text.VietnameseText;

/**
 * A text and its folded form (lower case, no diacritics, {@code đ} as {@code d}) with the same length, so a
 * match found in the folded form marks the same characters in the original.
 */
record FoldedText(String original, String folded) {

    static FoldedText of(String nfcText) {
        return new FoldedText(nfcText, VietnameseText.foldSameLength(nfcText));
    }

    /** The original characters between two positions of the folded form. */
    String original(int start, int end) {
        return original.substring(start, end);
    }
}
