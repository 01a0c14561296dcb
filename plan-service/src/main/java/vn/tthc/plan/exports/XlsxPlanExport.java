package vn.tthc.plan.exports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tthc.plan.Plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A plan's task table with progress as an Excel workbook (.xlsx). */
public final class XlsxPlanExport {

    private XlsxPlanExport() {
    }

    public static byte[] write(Plan plan, PlanTableRows.Table printed) {
        List<String> columns = printed.header();
        List<PlanTableRows.Row> rows = printed.rows();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(plan.title() + (plan.number() == null ? "" : " (" + plan.number() + ")"));
            title.getCell(0).setCellStyle(bold);
            r++;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (PlanTableRows.Row row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < row.cells().size(); c++) {
                    line.createCell(c).setCellValue(row.cells().get(c));
                    line.getCell(c).setCellStyle(row.section() ? bold : wrap);
                }
            }
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            sheet.createFreezePane(0, 3);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
