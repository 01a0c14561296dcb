package vn.tthc.reporting.exports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link ReportDocument} as a workbook: a first sheet with the heading, title, body and narrative
 * parts, then one sheet per table, figures as numbers.
 */
public final class XlsxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxWriter() {
    }

    public static byte[] write(ReportDocument report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet cover = workbook.createSheet("Báo cáo");
            int line = 0;
            line = text(cover, line, bold, report.superiorUnit() == null ? report.issuingUnit() : report.superiorUnit(),
                    ReportDocument.NATION);
            line = text(cover, line, bold, report.superiorUnit() == null ? report.number() : report.issuingUnit(),
                    ReportDocument.MOTTO);
            line = text(cover, line, null, report.superiorUnit() == null ? "" : report.number(), report.placeAndDate());
            line = text(cover, line + 1, bold, report.title());
            line = text(cover, line, bold, report.subtitle());
            for (String paragraph : report.body()) {
                line = text(cover, line, null, paragraph);
            }
            for (ReportDocument.Section section : report.sections()) {
                line = text(cover, line + 1, bold, section.heading());
                for (String paragraph : section.paragraphs()) {
                    line = text(cover, line, null, paragraph);
                }
            }
            cover.setColumnWidth(0, 60 * 256);
            cover.setColumnWidth(1, 60 * 256);

            Set<String> names = new HashSet<>(Set.of("Báo cáo"));
            for (ReportDocument.Table table : report.tables()) {
                Sheet sheet = workbook.createSheet(uniqueName(table.caption(), names));
                int row = text(sheet, 0, bold, table.caption());
                row = cells(sheet, row, bold, table.header());
                for (List<Object> cells : table.rows()) {
                    row = cells(sheet, row, null, cells);
                }
                for (int column = 0; column < table.header().size(); column++) {
                    sheet.setColumnWidth(column, (column == 1 ? 60 : 18) * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report as .xlsx", e);
        }
    }

    private static int text(Sheet sheet, int line, CellStyle style, String... texts) {
        return cells(sheet, line, style, List.of((Object[]) texts));
    }

    private static int cells(Sheet sheet, int line, CellStyle style, List<?> values) {
        Row row = sheet.createRow(line);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
                cell.setCellValue(new BigDecimal(value.toString()).doubleValue());
            } else {
                cell.setCellValue(Cells.text(value));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return line + 1;
    }

    private static String uniqueName(String caption, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(caption.length() > 28 ? caption.substring(0, 28) : caption);
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = WorkbookUtil.createSafeSheetName(base.substring(0, Math.min(base.length(), 26)) + " " + i);
        }
        return name;
    }
}
