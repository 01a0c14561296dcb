package vn.tthc.reporting.exports;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a {@link ReportDocument} as a Word document in Times New Roman, the font of official documents. */
public final class DocxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String FONT = "Times New Roman";

    private DocxWriter() {
    }

    public static byte[] write(ReportDocument report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(document, report);
            paragraph(document, report.title(), ParagraphAlignment.CENTER, true, false, 14);
            paragraph(document, report.subtitle(), ParagraphAlignment.CENTER, true, false, 13);
            for (String line : report.body()) {
                paragraph(document, line, ParagraphAlignment.BOTH, false, false, 13);
            }
            for (ReportDocument.Section section : report.sections()) {
                paragraph(document, section.heading(), ParagraphAlignment.LEFT, true, false, 13);
                for (String line : section.paragraphs()) {
                    paragraph(document, line, ParagraphAlignment.BOTH, false, false, 13);
                }
            }
            for (ReportDocument.Table table : report.tables()) {
                paragraph(document, table.caption(), ParagraphAlignment.LEFT, true, false, 13);
                table(document, table);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report as .docx", e);
        }
    }

    /** Two columns without borders: issuing unit and number on the left, national heading, place and date on the right. */
    private static void heading(XWPFDocument document, ReportDocument report) {
        XWPFTable heading = document.createTable(1, 2);
        heading.removeBorders();
        XWPFTableCell left = heading.getRow(0).getCell(0);
        XWPFTableCell right = heading.getRow(0).getCell(1);
        if (report.superiorUnit() != null) {
            cellLine(left, report.superiorUnit().toUpperCase(java.util.Locale.forLanguageTag("vi")), false, false, true);
            cellLine(left, report.issuingUnit().toUpperCase(java.util.Locale.forLanguageTag("vi")), true, false, false);
        } else {
            cellLine(left, report.issuingUnit().toUpperCase(java.util.Locale.forLanguageTag("vi")), true, false, true);
        }
        cellLine(left, report.number(), false, false, false);
        cellLine(right, ReportDocument.NATION, true, false, true);
        cellLine(right, ReportDocument.MOTTO, true, false, false);
        cellLine(right, report.placeAndDate(), false, true, false);
    }

    private static void cellLine(XWPFTableCell cell, String text, boolean bold, boolean italic, boolean first) {
        XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, bold, italic, 13);
    }

    private static void paragraph(XWPFDocument document, String text, ParagraphAlignment alignment, boolean bold,
                                  boolean italic, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold, italic, size);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    private static void table(XWPFDocument document, ReportDocument.Table table) {
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
        fill(grid.getRow(0), table.header(), true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(grid.getRow(i + 1), table.rows().get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<?> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            run(paragraph, Cells.text(cells.get(i)), bold, false, 12);
        }
    }
}
