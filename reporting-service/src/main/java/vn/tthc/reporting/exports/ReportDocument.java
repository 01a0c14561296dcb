package vn.tthc.reporting.exports;

import java.util.List;

/**
 * A report laid out as Vietnamese administrative documents are (Decree 30/2020/NĐ-CP): the issuing unit
 * and the document number on the left, the national heading and place and date on the right, the title,
 * the body, then the indicator tables. Renderers write it as .docx or .xlsx.
 */
public record ReportDocument(String superiorUnit, String issuingUnit, String number, String placeAndDate, String title,
                             String subtitle, List<String> body, List<Table> tables, List<Section> sections) {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** A table of figures: its caption, column headings and rows of cells (text or numbers). */
    public record Table(String caption, List<String> header, List<List<Object>> rows) {
    }

    /** A narrative part: its heading and paragraphs. */
    public record Section(String heading, List<String> paragraphs) {
    }
}
