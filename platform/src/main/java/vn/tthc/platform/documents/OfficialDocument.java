package vn.tthc.platform.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An administrative document laid out as the appendix of Decree 30/2020/NĐ-CP sets it: the letterhead (issuing
 * body under its parent body, the number and symbol; the national title and motto, place and date), the kind of
 * document and its summary (trích yếu), "Kính gửi" when it is addressed to someone, the body with numbered headings
 * (I., 1., a)), the signature block and "Nơi nhận", then appendices (each on its own pages, wide tables on
 * landscape pages). {@link OfficialDocx} writes it as .docx; {@link OfficialXlsx} prints the same tables in a workbook.
 *
 * @param kind       the kind of document in capitals, e.g. "BÁO CÁO", "KẾ HOẠCH"
 * @param summary    the summary under the kind, e.g. "Kết quả thực hiện kiểm soát thủ tục hành chính quý I năm 2025"
 * @param addressees whom the document is addressed to ("Kính gửi"); empty when it is addressed to no one
 */
public record OfficialDocument(Letterhead letterhead, String kind, String summary, List<String> addressees,
                               List<Block> body, Signature signature, List<String> recipients, List<Appendix> appendices) {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public OfficialDocument {
        Objects.requireNonNull(letterhead);
        Objects.requireNonNull(kind);
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        body = List.copyOf(body);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
    }

    /**
     * The top of the document.
     *
     * @param parentBody  the issuing body's direct parent (cơ quan chủ quản), printed above it; null for none
     * @param issuingBody the body that issues the document
     * @param number      the number and symbol as printed after "Số: ", e.g. "05/KH-SKHCN" or "     /BC-SKHCN"
     * @param place       the place name (địa danh) before the date, e.g. "Sóc Trăng"; null leaves a gap to fill in
     * @param date        the date; null leaves the day and month to fill in
     */
    public record Letterhead(String parentBody, String issuingBody, String number, String place, LocalDate date) {
        public Letterhead {
            Objects.requireNonNull(issuingBody);
        }

        /** "Số: 05/KH-SKHCN". */
        public String numberLine() {
            return "Số: " + (number == null ? "" : number);
        }

        /** "Sóc Trăng, ngày 05 tháng 3 năm 2025" as Decree 30 writes dates (a zero before days below 10 and months 1 and 2). */
        public String placeAndDate() {
            String where = place == null || place.isBlank() ? "……" : place.strip();
            if (date == null) {
                return where + ", ngày      tháng      năm " + LocalDate.now().getYear();
            }
            return where + ", ngày " + twoDigits(date.getDayOfMonth()) + " tháng "
                    + (date.getMonthValue() <= 2 ? twoDigits(date.getMonthValue()) : Integer.toString(date.getMonthValue()))
                    + " năm " + date.getYear();
        }

        private static String twoDigits(int value) {
            return value < 10 ? "0" + value : Integer.toString(value);
        }
    }

    /**
     * A number and symbol to print: the document's own number when it has one ("05/KH-SKHCN"), else a gap for
     * the number, the kind's symbol and the issuing body's abbreviation ("     /BC-SKHCN").
     */
    public static String numberAndSymbol(String number, String kindSymbol, String abbreviation) {
        if (number != null && !number.isBlank()) {
            return number.strip().replaceAll("\\s*/\\s*", "/");
        }
        return "       /" + kindSymbol + (abbreviation == null || abbreviation.isBlank() ? "" : "-" + abbreviation.strip());
    }

    /**
     * The signature block: the authority to sign (e.g. "KT. GIÁM ĐỐC", null when the head signs), the signer's title
     * (e.g. "PHÓ GIÁM ĐỐC") and name (null leaves the space to write it).
     */
    public record Signature(String authority, String title, String name) {
        public Signature {
            authority = blankToNull(authority);
            title = blankToNull(title);
            name = blankToNull(name);
        }
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /**
     * A heading, numbered by level as administrative documents are: level 1 "I.", "II." (in capitals), level 2 "1.",
     * "2.", level 3 "a)", "b)". Numbering restarts under each higher heading.
     */
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading levels are 1 to 3");
            }
        }
    }

    /** A paragraph of body text. */
    public record Paragraph(String text) implements Block {
    }

    /** A table in the body (on the page's width). */
    public record Table(DocumentTable table) implements Block {
    }

    /**
     * An appendix after the signature, on its own pages: its heading lines (e.g. "PHỤ LỤC", "BIỂU SỐ 06/VPCP/KSTT"),
     * its title, a note (e.g. "(Kèm theo Báo cáo số … ngày … của …)") and its table. A table wider than a portrait
     * page goes on landscape pages.
     */
    public record Appendix(List<String> heading, String title, String note, DocumentTable table) {
        public Appendix {
            heading = heading == null ? List.of() : List.copyOf(heading);
            Objects.requireNonNull(table);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(VIETNAMESE);
    }
}
