package vn.tthc.platform.documents;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialXlsxTest {

    @Test
    void tablesPrintOnA4WithTheirHeaderOnEveryPageAndCountsAreWholeNumbers() throws Exception {
        OfficialDocument sample = OfficialDocxTest.sample();
        DocumentTable wide = sample.appendices().get(0).table();
        byte[] bytes;
        try (OfficialXlsx workbook = new OfficialXlsx()) {
            workbook.text("Báo cáo", List.of(OfficialXlsx.TextLine.pair("SỞ KHOA HỌC VÀ CÔNG NGHỆ", OfficialDocument.NATION, true),
                    OfficialXlsx.TextLine.title("BÁO CÁO"), OfficialXlsx.TextLine.of("Nội dung.")));
            workbook.table(List.of("Biểu số 06/VPCP/KSTT", "Tình hình, kết quả giải quyết thủ tục hành chính"), wide);
            workbook.table(List.of(), sample.appendices().get(1).table());
            workbook.table(List.of(), new DocumentTable(null, "Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính",
                    wide.columns(), List.of()));
            workbook.table(List.of(), new DocumentTable(null, "Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính",
                    wide.columns(), List.of()));
            bytes = workbook.bytes();
        }
        DocumentChecks.keep("platform-sample.xlsx", bytes);
        DocumentChecks.assertOfficialXlsx(bytes);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Biểu 06-VPCP-KSTT");
            assertThat(workbook.getSheetAt(3).getSheetName()).isEqualTo("Tình hình kết quả thực hiện");
            assertThat(workbook.getSheetAt(4).getSheetName()).isEqualTo("Tình hình kết quả thực hiện (2)");
            XSSFSheet form = workbook.getSheetAt(1);
            assertThat(form.getPrintSetup().getLandscape()).isTrue();
            assertThat(form.getRepeatingRows().formatAsString()).isEqualTo("4:6");
            XSSFCell count = form.getRow(6).getCell(2);
            assertThat(count.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(count.getRawValue()).isEqualTo("12");
            assertThat(form.getRow(6).getCell(4).getRawValue()).isEqualTo("4");
            assertThat(form.getRow(6).getCell(0).getRawValue()).isEqualTo("1");
            assertThat(form.getColumnWidth(1)).isGreaterThan(form.getColumnWidth(0) * 3);
            XSSFSheet figures = workbook.getSheetAt(2);
            assertThat(figures.getRow(3).getCell(2).getRawValue()).isEqualTo("2.50");
            assertThat(figures.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(2.5);
        }
    }

    @Test
    void downloadNamesAreAsciiWithTheVietnameseNameBeside() {
        assertThat(DownloadNames.ascii("ke-hoach", "05/KH-SKHCN", "2025")).isEqualTo("ke-hoach-05-KH-SKHCN-2025");
        assertThat(DownloadNames.ascii("Báo cáo tổng hợp", "Quý I/2025", "Đơn vị")).isEqualTo("Bao-cao-tong-hop-Quy-I-2025-Don-vi");
        assertThat(DownloadNames.contentDisposition("ke-hoach-05-KH-SKHCN-2025.docx", "Kế hoạch 05/KH-SKHCN.docx"))
                .isEqualTo("attachment; filename=\"ke-hoach-05-KH-SKHCN-2025.docx\"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2005-KH-SKHCN.docx");
    }
}
