package vn.tthc.reporting.rest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tthc.platform.documents.DocumentChecks;
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

    /**
     * The consolidated report of the office of the test tree's department: its letterhead under the department's,
     * addressed to the department, signed by the office's head; form 06 as a landscape appendix.
     */
    static void assertConsolidatedDocx(byte[] bytes) {
        DocumentChecks.keep("consolidated.docx", bytes);
        List<DocumentChecks.Section> sections = DocumentChecks.assertOfficialDocx(bytes);
        assertThat(sections).extracting(DocumentChecks.Section::landscape).containsExactly(false, true);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFTable letterhead = document.getTables().get(0);
            assertThat(DocumentChecks.text(letterhead.getRow(0).getCell(0))).startsWith("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nVĂN PHÒNG");
            assertThat(DocumentChecks.text(letterhead.getRow(0).getCell(1)))
                    .startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
            assertThat(DocumentChecks.text(letterhead.getRow(1).getCell(0))).matches("Số: +/BC-VP");
            assertThat(DocumentChecks.text(letterhead.getRow(1).getCell(1))).isEqualTo("Hà Giang, ngày 20 tháng 3 năm 2025");
            String text = DocumentChecks.text(document);
            assertThat(text).contains("BÁO CÁO\nTổng hợp tình hình, kết quả thực hiện kiểm soát thủ tục hành chính",
                    "quý I năm 2025", "Kính gửi: Sở Khoa học và Công nghệ ", "I. TÌNH HÌNH GỬI BÁO CÁO",
                    "từ ngày 15/12/2024 đến ngày 14/03/2025",
                    "Số đơn vị phải báo cáo: 3; số báo cáo đã được tiếp nhận và tổng hợp: 2.",
                    "II. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                    "Số liệu tổng hợp chi tiết tại Biểu số 06/VPCP/KSTT kèm theo Báo cáo này.",
                    "III. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH", "1. Kết quả đạt được",
                    "Đã rà soát 4 thủ tục hành chính.", "IV. SỐ LIỆU TỰ ĐỘNG TỪ HỆ THỐNG",
                    "Biểu số 06/VPCP/KSTT\nTÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n(Kỳ báo cáo: Quý I năm 2025;");
            assertThat(text).doesNotContain("tong-hop-kiem-soat-tthc");
            XWPFTable signature = document.getTables().get(4);
            assertThat(DocumentChecks.text(signature.getRow(0).getCell(0))).isEqualTo("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.");
            assertThat(DocumentChecks.text(signature.getRow(0).getCell(1))).startsWith("CHÁNH VĂN PHÒNG\n").endsWith("Trần Thế Vũ");

            XWPFTable form06 = document.getTables().get(5);
            assertThat(DocumentChecks.repeatedHeaderRows(form06)).isEqualTo(3);
            assertThat(DocumentChecks.rowsKeptWhole(form06)).isTrue();
            assertThat(form06.getRow(0).getTableCells()).extracting(DocumentChecks::text).containsExactly("STT",
                    "Lĩnh vực giải quyết", "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết");
            assertThat(form06.getRow(1).getTableCells()).extracting(DocumentChecks::text).contains("Tổng số hồ sơ nhận giải quyết",
                    "Số hồ sơ giải quyết quá hạn");
            var grid = form06.getCTTbl().getTblGrid().getGridColList();
            assertThat(grid).hasSize(13);
            assertThat(((java.math.BigInteger) grid.get(1).getW()).intValue())
                    .isGreaterThan(((java.math.BigInteger) grid.get(2).getW()).intValue() * 2);

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
        DocumentChecks.keep("submission.docx", bytes);
        DocumentChecks.assertOfficialDocx(bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFTable letterhead = document.getTables().get(0);
            assertThat(DocumentChecks.text(letterhead.getRow(0).getCell(0))).startsWith("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG QUẢN LÝ KHOA HỌC");
            assertThat(DocumentChecks.text(letterhead.getRow(1).getCell(0))).matches("Số: +/BC-QLKH");
            assertThat(DocumentChecks.text(letterhead.getRow(1).getCell(1))).isEqualTo("Hà Giang, ngày 20 tháng 3 năm 2025");
            String text = DocumentChecks.text(document);
            assertThat(text).contains("BÁO CÁO\nTình hình, kết quả thực hiện kiểm soát thủ tục hành chính", "quý I năm 2025",
                    "Kính gửi: Văn phòng Sở ", "I. KỲ BÁO CÁO");
            assertThat(text).doesNotContain("tong-hop-kiem-soat-tthc");
            assertThat(rowOf(document, "Số thủ tục hành chính đã rà soát, đánh giá")).endsWith("4");
            assertThat(rowOf(document, "Số phản ánh, kiến nghị tiếp nhận (kể cả kỳ trước chuyển sang)")).endsWith("3");
            XWPFTable signature = document.getTables().get(2);
            assertThat(DocumentChecks.text(signature.getRow(0).getCell(0))).isEqualTo("Nơi nhận:\n- Như trên;\n- Lưu: VT, QLKH.");
            assertThat(DocumentChecks.text(signature.getRow(0).getCell(1))).startsWith("TRƯỞNG PHÒNG\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertConsolidatedXlsx(byte[] bytes) {
        DocumentChecks.keep("consolidated.xlsx", bytes);
        DocumentChecks.assertOfficialXlsx(bytes);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Báo cáo");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Báo cáo", "Tình hình gửi báo cáo", "Tình hình kết quả thực hiện",
                    "Số liệu từ hệ thống", "Biểu 06-VPCP-KSTT");
            XSSFSheet form06 = workbook.getSheet("Biểu 06-VPCP-KSTT");
            assertThat(form06.getPrintSetup().getLandscape()).isTrue();
            assertThat(form06.getRepeatingRows().formatAsString()).isEqualTo("5:7");
            Cell received = form06.getRow(7).getCell(2);
            assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFCell) received).getRawValue()).isEqualTo("20");
            assertThat(numberBeside(workbook, "Số thủ tục hành chính đã rà soát, đánh giá")).isEqualTo(9.0);
            assertThat(numberBeside(workbook, "Số phản ánh, kiến nghị tiếp nhận")).isEqualTo(2.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertSubmissionXlsx(byte[] bytes) {
        DocumentChecks.assertOfficialXlsx(bytes);
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
                    List<String> cells = row.getTableCells().stream().map(cell -> DocumentChecks.text(cell).strip()).toList();
                    if (cells.stream().anyMatch(cell -> exact ? cell.equals(label) : cell.startsWith(label + " "))) {
                        return String.join(" | ", cells);
                    }
                }
            }
        }
        throw new AssertionError("no table row with " + label);
    }

}
