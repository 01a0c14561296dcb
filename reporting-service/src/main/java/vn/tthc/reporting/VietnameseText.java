package vn.tthc.reporting;

import java.text.Normalizer;

/** Vietnamese text is stored in Unicode NFC, whichever form it arrived in. */
public final class VietnameseText {

    private VietnameseText() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
