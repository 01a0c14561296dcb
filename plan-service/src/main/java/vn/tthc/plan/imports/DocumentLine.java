package vn.tthc.plan.imports;

import vn.tthc.platform.text.VietnameseText;

/**
 * A line of a plan document's prose, with where it is in the source (the line of a text, the paragraph of a
 * Word document); warnings point at it.
 */
record DocumentLine(int number, String text) {

    /** The text folded character by character (see {@link VietnameseText#foldSameLength(String)}). */
    String folded() {
        return VietnameseText.foldSameLength(text);
    }

    DocumentLine withText(String newText) {
        return new DocumentLine(number, newText);
    }
}
