package vn.tthc.plan.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import vn.tthc.plan.imports.NotAPlanDocumentException.Reason;

/**
 * A plan document in Word (.docx): its paragraphs in order are the prose, one line each (a paragraph's line
 * breaks make more lines with the same number); its tables' rows are read by {@link DocxTableReader}. The
 * first table with a plan table's header row, and every table after it, is the appendix; the cells of tables
 * before it (a header laid out in columns) are prose, one line per cell paragraph. Lines are numbered by
 * paragraph (counting empty ones and those in such cells); table rows as {@link DocxTableReader} numbers them.
 */
final class DocxPlanDocument {

    private DocxPlanDocument() {
    }

    static PlanDocument of(InputStream docx) {
        byte[] bytes;
        try {
            bytes = docx.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw new NotAPlanDocumentException(Reason.EMPTY, "no bytes");
        }
        List<DocumentLine> prose = new ArrayList<>();
        List<TableRow> appendix = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<TableRow> rows = document.getTables().isEmpty() ? List.of()
                    : DocxTableReader.read(new ByteArrayInputStream(bytes));
            int row = 0;
            int number = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    number++;
                    add(prose, number, paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    List<TableRow> tableRows = rows.subList(row, row + table.getRows().size());
                    row += tableRows.size();
                    if (!appendix.isEmpty() || tableRows.stream().anyMatch(r -> ColumnLayout.recognize(r).isPresent())) {
                        appendix.addAll(tableRows);
                    } else {
                        for (TableRow tableRow : tableRows) {
                            for (String cell : tableRow.cells()) {
                                for (String line : cell.split("\n")) {
                                    number++;
                                    add(prose, number, line);
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new NotAPlanDocumentException(Reason.NOT_A_DOCX, "not a Word document: " + e.getMessage(), e);
        }
        List<TableRow> table = List.copyOf(appendix);
        return new PlanDocument(prose, table.isEmpty() ? null : importer -> importer.importRows(table));
    }

    private static void add(List<DocumentLine> prose, int number, String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                prose.add(new DocumentLine(number, line));
            }
        }
    }
}
