package vn.tthc.plan.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.tthc.plan.MarkupText;
import vn.tthc.plan.imports.NotAPlanTableException.Reason;

/**
 * Reads the rows of the tables of a Word (.docx) document, in document order, as {@link TableRow}s: a cell's
 * paragraphs become its lines; a cell spanning several grid columns is followed by empty cells so positions
 * match the header; a cell continuing a vertical merge is empty and marked {@link TableRow#mergedFromAbove()}.
 * Row numbers count the rows of all tables from 1. Text outside tables is left out.
 */
public final class DocxTableReader {

    private DocxTableReader() {
    }

    public static List<TableRow> read(InputStream docx) {
        byte[] bytes;
        try {
            bytes = docx.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw new NotAPlanTableException(Reason.EMPTY, "no bytes");
        }
        List<TableRow> rows = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFTable) {
                    for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
                        rows.add(row(rows.size() + 1, row));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new NotAPlanTableException(Reason.NOT_A_DOCX, "not a Word document: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new NotAPlanTableException(Reason.NO_TABLE, "no table in the document");
        }
        return rows;
    }

    private static TableRow row(int number, XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        Set<Integer> merged = new HashSet<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            if (continuesVerticalMerge(properties)) {
                merged.add(cells.size());
                cells.add("");
            } else {
                cells.add(text(cell));
            }
            int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return new TableRow(number, cells, merged);
    }

    private static boolean continuesVerticalMerge(CTTcPr properties) {
        return properties != null && properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static String text(XWPFTableCell cell) {
        String paragraphs = cell.getParagraphs().stream()
                .map(XWPFParagraph::getText)
                .collect(Collectors.joining("\n"));
        String nested = cell.getTables().stream()
                .flatMap(table -> table.getRows().stream())
                .flatMap(r -> r.getTableCells().stream())
                .map(DocxTableReader::text)
                .collect(Collectors.joining("\n"));
        return MarkupText.toPlainText(nested.isEmpty() ? paragraphs : paragraphs + "\n" + nested);
    }
}
