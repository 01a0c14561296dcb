package vn.tthc.reporting.rest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads exported reports back and checks what the flow test put in them. */
final class ReportFiles {

    private ReportFiles() {
    }

    static void assertConsolidatedDocx(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> heading = cells(document.getTables().get(0));
            assertThat(heading).anySatisfy(cell -> assertThat(cell).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc").contains("ngày 20 tháng 03 năm 2025"));
            assertThat(heading).anySatisfy(cell -> assertThat(cell).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ").contains("VĂN PHÒNG SỞ")
                    .contains("Số:").contains("/BC-D-"));
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("BÁO CÁO TỔNG HỢP", "Quý I năm 2025", "từ ngày 15/12/2024 đến ngày 14/03/2025",
                    "Số đơn vị phải báo cáo: 3; số báo cáo đã được tiếp nhận và tổng hợp: 2.", "Kết quả đạt được",
                    "Đã rà soát 4 thủ tục hành chính.");
            assertThat(rowOf(document, "Số thủ tục hành chính đã rà soát, đánh giá")).endsWith("9");
            assertThat(rowOf(document, "Tổng cộng")).contains("26");
            assertThat(rowOf(document, "Sở hữu trí tuệ")).contains("6");
            assertThat(rowOf(document, "Số nhiệm vụ đã hoàn thành")).endsWith("4");
            assertThat(rowOf(document, "Số phản ánh, kiến nghị trả lời đúng hạn")).endsWith("1");
            assertThat(rowOf(document, "Thanh tra Sở")).contains("Chưa báo cáo");
            assertThat(rowOf(document, "Phòng Quản lý khoa học")).contains("Đã tiếp nhận", "Muộn");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertSubmissionDocx(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> heading = cells(document.getTables().get(0));
            assertThat(heading).anySatisfy(cell -> assertThat(cell).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
                    .contains("PHÒNG QUẢN LÝ KHOA HỌC"));
            assertThat(heading).anySatisfy(cell -> assertThat(cell).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("ngày 20 tháng 03 năm 2025"));
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("BÁO CÁO", "Kính gửi: Văn phòng Sở", "Quý I năm 2025");
            assertThat(rowOf(document, "Số thủ tục hành chính đã rà soát, đánh giá")).endsWith("4");
            assertThat(rowOf(document, "Số phản ánh, kiến nghị tiếp nhận (kể cả kỳ trước chuyển sang)")).endsWith("3");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertConsolidatedXlsx(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(numberBeside(workbook, "Số thủ tục hành chính đã rà soát, đánh giá")).isEqualTo(9.0);
            assertThat(numberBeside(workbook, "Số phản ánh, kiến nghị tiếp nhận")).isEqualTo(2.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertSubmissionXlsx(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(numberBeside(workbook, "Số thủ tục hành chính đã rà soát, đánh giá")).isEqualTo(5.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last numeric cell of the first row, in any sheet, whose second cell is the label. */
    private static double numberBeside(XSSFWorkbook workbook, String label) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                Cell name = row.getCell(1);
                if (name != null && name.getCellType() == CellType.STRING && name.getStringCellValue().equals(label)) {
                    Cell value = row.getCell(row.getLastCellNum() - 1);
                    assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                    return value.getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    /**
     * The text of the first table row, in any table, with a cell that is exactly the label, or else that starts with
     * it and a space (unit names carry the test's suffix); cells joined by " | ".
     */
    private static String rowOf(XWPFDocument document, String label) {
        for (boolean exact : new boolean[]{true, false}) {
            for (XWPFTable table : document.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = row.getTableCells().stream().map(cell -> cell.getText().strip()).toList();
                    if (cells.stream().anyMatch(cell -> exact ? cell.equals(label) : cell.startsWith(label + " "))) {
                        return String.join(" | ", cells);
                    }
                }
            }
        }
        throw new AssertionError("no table row with " + label);
    }

    private static List<String> cells(XWPFTable table) {
        List<String> cells = new ArrayList<>();
        table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cells.add(cell.getText())));
        return cells;
    }
}
