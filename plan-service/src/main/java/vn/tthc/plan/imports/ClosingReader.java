package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the closing of a plan: the "Nơi nhận:" list and the signature (in either order, as conversions place
 * the two columns one after the other). Recipients are the list's lines without their leading "- " and
 * trailing ";" or "."; the signer's title is the capitalised lines ("GIÁM ĐỐC"; "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
 * TỊCH", "PHÓ CHỦ TỊCH", joined by line breaks), the name the first capitalised-words line after them.
 * Signature notes ("(Đã ký)") are recognised and left out; other lines are reported.
 */
final class ClosingReader {

    /**
     * What the closing says.
     *
     * @param signerTitle the title lines joined by "\n"; null when there is none
     * @param signerName  null when there is none
     */
    record Closing(List<String> recipients, String signerTitle, String signerName) {
    }

    private enum Part { NONE, RECIPIENTS, SIGNATURE }

    private static final Pattern SIGNATURE_NOTE = Pattern.compile("^\\((?:da ky|ky|ky ten|ky, ghi ro ho ten|ky ten, dong dau)[^)]*\\)$");
    private static final int MAX_RECIPIENT_LENGTH = 200;

    private ClosingReader() {
    }

    static Closing read(List<DocumentLine> lines, Warnings warnings) {
        List<String> recipients = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String name = null;
        Part part = Part.NONE;
        for (DocumentLine line : lines) {
            String text = line.text();
            Optional<String> heading = DocumentPatterns.recipientsHeading(text);
            if (heading.isPresent()) {
                part = Part.RECIPIENTS;
                addRecipient(recipients, heading.get());
            } else if (DocumentPatterns.isUpperCase(text) && !DocumentPatterns.isListItem(text)
                    && (part != Part.RECIPIENTS || DocumentPatterns.isSignatureTitle(text)) && name == null) {
                part = Part.SIGNATURE;
                titles.add(text);
            } else if (part == Part.SIGNATURE && name == null && DocumentPatterns.isPersonName(text)) {
                name = text;
            } else if (SIGNATURE_NOTE.matcher(DocumentPatterns.fold(text)).matches()) {
                continue;
            } else if (part == Part.RECIPIENTS && text.length() <= MAX_RECIPIENT_LENGTH) {
                addRecipient(recipients, text);
            } else {
                warnings.add(line, ImportWarning.LINE_UNREAD, "Không rõ dòng này ở cuối văn bản: " + text);
            }
        }
        return new Closing(recipients, titles.isEmpty() ? null : String.join("\n", titles), name);
    }

    private static void addRecipient(List<String> recipients, String text) {
        String recipient = DocumentPatterns.withoutMarker(text).replaceAll("[\\s;.,]+$", "").strip();
        if (!recipient.isEmpty()) {
            recipients.add(recipient);
        }
    }
}
