package vn.tthc.platform.documents;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A workbook whose sheets print as the documents do: Times New Roman, bordered tables with bold, wrapped header
 * rows that repeat on every printed page, panes frozen under the header, column widths from the columns' weights,
 * A4 landscape fitted to the page's width; whole numbers stored as whole numbers, sheet names a person reads (at
 * most 31 characters, unique).
 */
public final class OfficialXlsx implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The longest sheet name Excel accepts. */
    public static final int SHEET_NAME_LENGTH = 31;
    private static final String FONT = OfficialDocx.FONT;
    /** Width of a landscape A4 table in characters of the default width, as column widths are counted. */
    private static final int LANDSCAPE_CHARACTERS = 150;
    private static final int PORTRAIT_CHARACTERS = 100;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Set<String> sheetNames = new HashSet<>();
    private final java.util.Map<DocumentTable, String> reserved = new java.util.IdentityHashMap<>();
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle plain;
    private final CellStyle heading;
    private final CellStyle letterhead;
    private final CellStyle centredPlain;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle textBold;
    private final CellStyle centred;
    private final CellStyle centredBold;
    private final CellStyle whole;
    private final CellStyle wholeBold;
    private final CellStyle decimal;
    private final CellStyle decimalBold;

    public OfficialXlsx() {
        XSSFFont regular = font(false, false, 12);
        XSSFFont bold = font(true, false, 12);
        XSSFFont large = font(true, false, 13);
        XSSFFont italic = font(false, true, 12);
        title = style(large, false, HorizontalAlignment.CENTER, null);
        subtitle = style(italic, false, HorizontalAlignment.CENTER, null);
        plain = style(regular, false, HorizontalAlignment.LEFT, null);
        heading = style(bold, false, HorizontalAlignment.LEFT, null);
        letterhead = style(bold, false, HorizontalAlignment.CENTER, null);
        centredPlain = style(regular, false, HorizontalAlignment.CENTER, null);
        header = style(bold, true, HorizontalAlignment.CENTER, null);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = style(regular, true, HorizontalAlignment.LEFT, null);
        textBold = style(bold, true, HorizontalAlignment.LEFT, null);
        centred = style(regular, true, HorizontalAlignment.CENTER, null);
        centredBold = style(bold, true, HorizontalAlignment.CENTER, null);
        whole = style(regular, true, HorizontalAlignment.RIGHT, "#,##0");
        wholeBold = style(bold, true, HorizontalAlignment.RIGHT, "#,##0");
        decimal = style(regular, true, HorizontalAlignment.RIGHT, "#,##0.0#");
        decimalBold = style(bold, true, HorizontalAlignment.RIGHT, "#,##0.0#");
    }

    /**
     * The whole document as a workbook: a first sheet with the letterhead, title, "Kính gửi", the numbered body (a
     * table in it named by its sheet), the signature and "Nơi nhận"; then a sheet per table of the body and per
     * appendix, figures as numbers.
     */
    public static byte[] write(OfficialDocument document) {
        try (OfficialXlsx workbook = new OfficialXlsx()) {
            List<TextLine> lines = new ArrayList<>();
            OfficialDocument.Letterhead letterhead = document.letterhead();
            lines.add(TextLine.pair(letterhead.parentBody() == null ? null : OfficialDocument.upper(letterhead.parentBody()),
                    OfficialDocument.NATION, true));
            lines.add(TextLine.pair(OfficialDocument.upper(letterhead.issuingBody()), OfficialDocument.MOTTO, true));
            lines.add(TextLine.pair(letterhead.numberLine(), letterhead.placeAndDate(), false));
            lines.add(TextLine.of(""));
            lines.add(TextLine.title(OfficialDocument.upper(document.kind())));
            if (document.summary() != null) {
                lines.add(TextLine.title(document.summary()));
            }
            if (!document.addressees().isEmpty()) {
                lines.add(TextLine.of(""));
                lines.add(TextLine.of("Kính gửi: " + String.join("; ", document.addressees()) + "."));
            }
            lines.add(TextLine.of(""));
            OfficialDocx.Numbering numbers = new OfficialDocx.Numbering();
            List<DocumentTable> tables = new ArrayList<>();
            for (OfficialDocument.Block block : document.body()) {
                if (block instanceof OfficialDocument.Heading heading) {
                    lines.add(TextLine.heading(numbers.label(heading)));
                } else if (block instanceof OfficialDocument.Paragraph paragraph) {
                    lines.add(TextLine.of(paragraph.text()));
                } else if (block instanceof OfficialDocument.Table table) {
                    tables.add(table.table());
                    lines.add(TextLine.of("(Bảng " + (table.table().caption() == null ? "" : "\"" + table.table().caption() + "\" ")
                            + "tại trang tính \"" + workbook.reserve(table.table()) + "\")"));
                }
            }
            lines.add(TextLine.of(""));
            OfficialDocument.Signature signature = document.signature();
            if (signature != null) {
                List<String> block = new ArrayList<>();
                if (signature.authority() != null) {
                    block.add(OfficialDocument.upper(signature.authority()));
                }
                if (signature.title() != null) {
                    block.add(OfficialDocument.upper(signature.title()));
                }
                block.add("");
                block.add(signature.name() == null ? "" : signature.name());
                List<String> recipients = new ArrayList<>();
                if (!document.recipients().isEmpty()) {
                    recipients.add("Nơi nhận:");
                    document.recipients().forEach(recipient -> recipients.add("- " + recipient));
                }
                for (int i = 0; i < Math.max(block.size(), recipients.size()); i++) {
                    lines.add(TextLine.pair(i < recipients.size() ? recipients.get(i) : "", i < block.size() ? block.get(i) : "",
                            i < block.size() && !block.get(i).isEmpty()));
                }
            }
            workbook.text(document.kind(), lines);
            for (DocumentTable table : tables) {
                workbook.table(table.caption() == null ? List.of() : List.of(table.caption()), table);
            }
            for (OfficialDocument.Appendix appendix : document.appendices()) {
                List<String> heading = new ArrayList<>(appendix.heading());
                if (appendix.title() != null) {
                    heading.add(appendix.title());
                }
                if (appendix.note() != null) {
                    heading.add(appendix.note());
                }
                workbook.table(heading, appendix.table());
            }
            return workbook.bytes();
        }
    }

    /** The name the table's sheet will have; the sheet made later for the table takes it. */
    private String reserve(DocumentTable table) {
        String name = uniqueSheetName(table.sheetName() == null ? table.caption() : table.sheetName());
        reserved.put(table, name);
        return name;
    }

    /**
     * A sheet with the given lines above the table (e.g. the title and "Kèm theo …"), centred over its width, then
     * the table. Named from the table's sheet name, made unique.
     */
    public XSSFSheet table(List<String> lines, DocumentTable table) {
        String reservedName = reserved.remove(table);
        XSSFSheet sheet = workbook.createSheet(reservedName != null ? reservedName
                : uniqueSheetName(table.sheetName() == null ? table.caption() : table.sheetName()));
        int columns = table.columns().size();
        boolean landscape = OfficialDocx.landscape(table);
        int r = 0;
        for (int i = 0; i < lines.size(); i++) {
            XSSFRow row = sheet.createRow(r);
            XSSFCell cell = row.createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? title : subtitle);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
            }
            row.setHeightInPoints(lineHeight(lines.get(i), landscape ? LANDSCAPE_CHARACTERS : PORTRAIT_CHARACTERS));
            r++;
        }
        if (!lines.isEmpty()) {
            r++;
        }
        int firstHeader = r;
        r = header(sheet, r, table);
        int lastHeader = r - 1;
        for (DocumentTable.Row row : table.rows()) {
            XSSFRow line = sheet.createRow(r);
            boolean bold = row.kind() != DocumentTable.RowKind.PLAIN;
            for (int c = 0; c < columns; c++) {
                Object value = c < row.cells().size() ? row.cells().get(c) : null;
                cell(line.createCell(c), value, table.columns().get(c).numeric() || c == 0, bold);
            }
            if (row.kind() == DocumentTable.RowKind.SECTION && columns > 2) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 1, columns - 1));
            }
            r++;
        }
        widths(sheet, table, landscape ? LANDSCAPE_CHARACTERS : PORTRAIT_CHARACTERS);
        for (int row = firstHeader; row < r; row++) {
            fitHeight(sheet, sheet.getRow(row));
        }
        sheet.createFreezePane(0, lastHeader + 1);
        sheet.setRepeatingRows(new CellRangeAddress(firstHeader, lastHeader, 0, columns - 1));
        print(sheet, landscape);
        return sheet;
    }

    /**
     * A sheet of text (a report's letterhead, title and narrative) over two wide wrapped columns, printed on A4
     * portrait: a line is one text across both columns, or two texts side by side (the letterhead's columns).
     */
    public XSSFSheet text(String name, List<TextLine> lines) {
        XSSFSheet sheet = workbook.createSheet(uniqueSheetName(name));
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        int r = 0;
        for (TextLine line : lines) {
            XSSFRow row = sheet.createRow(r);
            if (line.right() == null) {
                XSSFCell cell = row.createCell(0);
                cell.setCellValue(line.left());
                cell.setCellStyle(switch (line.kind()) {
                    case HEADING -> heading;
                    case TITLE -> title;
                    default -> plain;
                });
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
                row.setHeightInPoints(lineHeight(line.left(), 90));
            } else {
                XSSFCell left = row.createCell(0);
                left.setCellValue(line.left());
                left.setCellStyle(line.kind() == TextKind.TITLE ? letterhead : centredPlain);
                XSSFCell right = row.createCell(1);
                right.setCellValue(line.right());
                right.setCellStyle(line.kind() == TextKind.TITLE ? letterhead : subtitle);
            }
            r++;
        }
        print(sheet, false);
        return sheet;
    }

    /** How a line of a text sheet is printed. */
    public enum TextKind { TEXT, HEADING, TITLE }

    /** A line of a text sheet: one text across the sheet, or two (the letterhead's columns: then right is not null). */
    public record TextLine(String left, String right, TextKind kind) {
        public static TextLine of(String text) {
            return new TextLine(text == null ? "" : text, null, TextKind.TEXT);
        }

        public static TextLine heading(String text) {
            return new TextLine(text, null, TextKind.HEADING);
        }

        public static TextLine title(String text) {
            return new TextLine(text, null, TextKind.TITLE);
        }

        public static TextLine pair(String left, String right, boolean bold) {
            return new TextLine(left == null ? "" : left, right == null ? "" : right, bold ? TextKind.TITLE : TextKind.TEXT);
        }
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sheet name a person reads: the wanted name without the characters Excel refuses, cut at a word to at most
     * 31 characters, with " (2)", " (3)" … when taken.
     */
    public String uniqueSheetName(String wanted) {
        String base = shorten(safe(wanted == null || wanted.isBlank() ? "Bảng" : wanted), SHEET_NAME_LENGTH);
        String name = base;
        for (int i = 2; !sheetNames.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = shorten(base, SHEET_NAME_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    /** Without the characters Excel refuses in a sheet name, nor commas (which print-title references cannot hold unambiguously for every reader). */
    private static String safe(String name) {
        String cleaned = name.replace('/', '-').replace('\\', '-').replace(':', ' ').replace(',', ' ').replace('\'', ' ')
                .replaceAll("[\\[\\]*?]", " ").replaceAll("\\s+", " ").strip();
        return WorkbookUtil.createSafeSheetName(shorten(cleaned, SHEET_NAME_LENGTH), ' ');
    }

    /** Cut at the last space or comma that leaves at most {@code max} characters, without a trailing comma. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:-]+$", "");
    }

    private int header(XSSFSheet sheet, int r, DocumentTable table) {
        int columns = table.columns().size();
        if (table.grouped()) {
            XSSFRow groups = sheet.createRow(r);
            XSSFRow headings = sheet.createRow(r + 1);
            int c = 0;
            while (c < columns) {
                DocumentTable.Column column = table.columns().get(c);
                int span = 1;
                while (column.group() != null && c + span < columns && column.group().equals(table.columns().get(c + span).group())) {
                    span++;
                }
                if (column.group() == null || (span == 1 && column.group().equals(column.heading()))) {
                    headerCell(groups, c, column.heading());
                    headerCell(headings, c, "");
                    sheet.addMergedRegion(new CellRangeAddress(r, r + 1, c, c));
                } else {
                    for (int i = 0; i < span; i++) {
                        headerCell(groups, c + i, i == 0 ? column.group() : "");
                        headerCell(headings, c + i, table.columns().get(c + i).heading());
                    }
                    if (span > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, c, c + span - 1));
                    }
                }
                c += span;
            }
            r += 2;
        } else {
            XSSFRow headings = sheet.createRow(r);
            for (int c = 0; c < columns; c++) {
                headerCell(headings, c, table.columns().get(c).heading());
            }
            r++;
        }
        XSSFRow numbers = sheet.createRow(r);
        for (int c = 0; c < columns; c++) {
            XSSFCell cell = numbers.createCell(c);
            cell.setCellValue("(" + (c + 1) + ")");
            cell.setCellStyle(centred);
        }
        return r + 1;
    }

    private void headerCell(XSSFRow row, int column, String value) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(header);
    }

    /** Whole numbers stored as whole numbers ({@code <v>12</v>}, not 12.0), other numbers as numbers, the rest as text. */
    private void cell(XSSFCell cell, Object value, boolean centre, boolean bold) {
        Number number = DocumentTable.number(value);
        if (number instanceof Long whole) {
            cell.setCellValue(whole.doubleValue());
            cell.getCTCell().setV(whole.toString());
            cell.setCellStyle(bold ? wholeBold : this.whole);
        } else if (number instanceof BigDecimal exact) {
            cell.setCellValue(exact.doubleValue());
            cell.getCTCell().setV(exact.toPlainString());
            cell.setCellStyle(bold ? decimalBold : decimal);
        } else {
            cell.setCellValue(value == null ? "" : value.toString());
            cell.setCellStyle(centre ? (bold ? centredBold : centred) : (bold ? textBold : text));
        }
    }

    /**
     * Sets a row's height to hold its wrapped texts (not every reader fits rows itself): per cell, a line per
     * column width of characters (a merged cell counts the columns it spans), 16 points a line.
     */
    private static void fitHeight(XSSFSheet sheet, XSSFRow row) {
        int lines = 1;
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
            if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING || cell.getStringCellValue().isEmpty()) {
                continue;
            }
            int width = sheet.getColumnWidth(cell.getColumnIndex());
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                if (region.getFirstRow() == row.getRowNum() && region.getFirstColumn() == cell.getColumnIndex()) {
                    width = 0;
                    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                        width += sheet.getColumnWidth(c);
                    }
                    if (region.getLastRow() > region.getFirstRow()) {
                        width = Integer.MAX_VALUE / 2;
                    }
                }
            }
            boolean bold = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
            // a character of 12 pt Times New Roman is about a width unit; bold and the cell's padding take more
            double perLine = Math.max(1, width / 256.0 * (bold ? 1.0 : 1.15) - 1);
            int cellLines = 0;
            for (String line : cell.getStringCellValue().split("\n", -1)) {
                cellLines += Math.max(1, (int) Math.ceil(line.length() / perLine));
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(lines * 16f + 2);
    }

    private static void widths(Sheet sheet, DocumentTable table, int characters) {
        int total = table.totalWeight();
        for (int c = 0; c < table.columns().size(); c++) {
            int width = Math.max(5, characters * table.columns().get(c).weight() / total);
            sheet.setColumnWidth(c, Math.min(255, width) * 256);
        }
    }

    /** A4, landscape or portrait, one page wide and as many long as it takes, centred, 15–20 mm margins. */
    private static void print(XSSFSheet sheet, boolean landscape) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, landscape ? 0.6 : 1.18);
        sheet.setMargin(Sheet.RightMargin, 0.6);
        sheet.setMargin(Sheet.TopMargin, 0.79);
        sheet.setMargin(Sheet.BottomMargin, 0.79);
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    /** A merged text row's height: 17 points per printed line, a line per {@code characters} characters. */
    private static float lineHeight(String text, int characters) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.length() + characters - 1) / characters);
        }
        return Math.max(1, lines) * 17f;
    }

    private XSSFFont font(boolean bold, boolean italic, int size) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) size);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private XSSFCellStyle style(XSSFFont font, boolean bordered, HorizontalAlignment alignment, String format) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(true);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }
}
