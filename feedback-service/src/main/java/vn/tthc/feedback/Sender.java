package vn.tthc.feedback;

import vn.tthc.platform.text.VietnameseText;

/**
 * The person or organisation that sends an item, as they gave it (NFC, trimmed; blanks become null).
 *
 * @param name the person's name, or the organisation's representative
 * @param organisation the organisation's name, for an organisation
 */
public record Sender(SenderKind kind, String name, String organisation, String address, String phone, String email) {

    public Sender {
        kind = kind == null ? SenderKind.INDIVIDUAL : kind;
        name = VietnameseText.blankToNull(name);
        organisation = VietnameseText.blankToNull(organisation);
        address = VietnameseText.blankToNull(address);
        phone = VietnameseText.blankToNull(phone);
        email = VietnameseText.blankToNull(email);
    }

    /** Digits of the phone number, the country code 84 read as a leading 0: the key to recognise a sender. */
    public String phoneKey() {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    public String emailKey() {
        return email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
    }

    /** The name shown with a published answer: each word's first letter, the rest masked ("Nguyễn Văn An" → "N***** V** A*"). */
    public String maskedName() {
        String shown = kind == SenderKind.ORGANISATION && organisation != null ? organisation : name;
        return mask(shown);
    }

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder masked = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int first = word.offsetByCodePoints(0, 1);
            masked.append(word, 0, first).append("*".repeat(word.codePointCount(first, word.length())));
        }
        return masked.toString();
    }
}
