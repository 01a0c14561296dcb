package vn.tthc.platform.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names of downloads a person reads: an ASCII name for every client ({@code ke-hoach-05-KH-SKHCN-2025.docx})
 * and the Vietnamese name beside it in {@code Content-Disposition}'s {@code filename*} (RFC 6266, RFC 5987), which
 * browsers prefer when they understand it.
 */
public final class DownloadNames {

    private DownloadNames() {
    }

    /**
     * The parts as one ASCII name: diacritics dropped ({@code đ} as {@code d}), every run of other characters
     * (spaces, slashes…) one hyphen, case kept, e.g. ("ke-hoach", "05/KH-SKHCN", "2025") as
     * {@code ke-hoach-05-KH-SKHCN-2025}. Blank parts are left out.
     */
    public static String ascii(String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            String folded = Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .replace('đ', 'd').replace('Đ', 'D')
                    .replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
            if (!folded.isEmpty()) {
                if (!name.isEmpty()) {
                    name.append('-');
                }
                name.append(folded);
            }
        }
        String result = name.toString().replaceAll("-{2,}", "-");
        return result.length() > 150 ? result.substring(0, 150).replaceAll("[-.]+$", "") : result;
    }

    /**
     * A file name a person reads in Vietnamese: NFC, without the characters file systems refuse ({@code / \ : * ? " < > |}
     * and control characters, each made a hyphen or dropped), runs of spaces made one.
     */
    public static String vietnamese(String name) {
        String clean = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[/\\\\:]", "-")
                .replaceAll("[*?\"<>|\\p{Cntrl}]", "")
                .replaceAll("\\s+", " ").strip();
        return clean.length() > 150 ? clean.substring(0, 150).strip() : clean;
    }

    /**
     * {@code attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded Vietnamese name>}: the ASCII name
     * for clients that read only {@code filename}, the Vietnamese one for those that read {@code filename*}.
     */
    public static String contentDisposition(String asciiName, String vietnameseName) {
        String fallback = asciiName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "").replace("\\", "");
        String header = "attachment; filename=\"" + fallback + "\"";
        if (vietnameseName != null && !vietnameseName.isBlank()) {
            header += "; filename*=UTF-8''" + encode(vietnamese(vietnameseName));
        }
        return header;
    }

    /** RFC 5987 value characters: letters, digits and {@code !#$&+-.^_`|~} as they are, every other byte of UTF-8 as %XX. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
