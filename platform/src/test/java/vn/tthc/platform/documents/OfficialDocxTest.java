package vn.tthc.platform.documents;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialDocxTest {

    static OfficialDocument sample() {
        List<DocumentTable.Column> columns = new ArrayList<>(List.of(DocumentTable.Column.number("STT", 4),
                new DocumentTable.Column("Lĩnh vực giải quyết", "Lĩnh vực giải quyết", 16, false)));
        for (String group : List.of("Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết")) {
            for (String heading : List.of("Tổng số", "Trực tuyến", "Trực tiếp, bưu chính", "Từ kỳ trước")) {
                columns.add(DocumentTable.Column.number(heading, 6).in(group));
            }
        }
        List<DocumentTable.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(DocumentTable.Row.of(i, "Lĩnh vực số " + i, 12L, 5L, new BigDecimal("4.0"), 3, 10, 4, 3, 3));
        }
        rows.add(DocumentTable.Row.total("", "Tổng cộng", 480L, 200L, 160L, 120L, 400L, 160L, 120L, 120L));
        DocumentTable wide = new DocumentTable(null, "Biểu 06-VPCP-KSTT", columns, rows);
        DocumentTable narrow = new DocumentTable("Số liệu tự động", "Số liệu từ hệ thống",
                List.of(DocumentTable.Column.number("STT", 2), DocumentTable.Column.text("Chỉ tiêu", 12), DocumentTable.Column.number("Số liệu", 3)),
                List.of(DocumentTable.Row.of(1, "Số nhiệm vụ đã hoàn thành", 4L), DocumentTable.Row.of(2, "Số phản ánh", new BigDecimal("2.50"))));
        return new OfficialDocument(
                new OfficialDocument.Letterhead("UBND tỉnh Hà Giang", "Sở Khoa học và Công nghệ", "     /BC-SKHCN", "Hà Giang",
                        LocalDate.of(2025, 3, 20)),
                "Báo cáo", "Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính quý I năm 2025",
                List.of("Văn phòng Ủy ban nhân dân tỉnh Hà Giang"),
                List.of(new OfficialDocument.Heading(1, "Kết quả thực hiện"),
                        new OfficialDocument.Heading(2, "Rà soát thủ tục hành chính"),
                        new OfficialDocument.Paragraph("Đã rà soát 4 thủ tục hành chính."),
                        new OfficialDocument.Heading(3, "Kết quả đạt được"),
                        new OfficialDocument.Heading(3, "Tồn tại, hạn chế"),
                        new OfficialDocument.Heading(2, "Phản ánh, kiến nghị"),
                        new OfficialDocument.Table(narrow),
                        new OfficialDocument.Heading(1, "Phương hướng, nhiệm vụ kỳ tới")),
                new OfficialDocument.Signature("KT. Giám đốc", "Phó Giám đốc", "Nguyễn Văn An"),
                List.of("Như trên", "Lưu: VT, VP"),
                List.of(new OfficialDocument.Appendix(List.of("Biểu số 06/VPCP/KSTT"), "Tình hình, kết quả giải quyết thủ tục hành chính",
                        "(Kèm theo Báo cáo số      /BC-SKHCN)", wide),
                        new OfficialDocument.Appendix(List.of("Phụ lục"), "Số liệu tự động", null, narrow)));
    }

    @Test
    void aReportIsLaidOutAsDecree30SetsIt() throws Exception {
        byte[] bytes = OfficialDocx.write(sample());
        DocumentChecks.keep("platform-sample.docx", bytes);
        List<DocumentChecks.Section> sections = DocumentChecks.assertOfficialDocx(bytes);
        assertThat(sections).extracting(DocumentChecks.Section::landscape).containsExactly(false, true, false);

        try (XWPFDocument document = DocumentChecks.docx(bytes)) {
            XWPFTable letterhead = document.getTables().get(0);
            assertThat(DocumentChecks.text(letterhead.getRow(0).getCell(0))).isEqualTo("UBND TỈNH HÀ GIANG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n");
            assertThat(DocumentChecks.text(letterhead.getRow(0).getCell(1))).startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
            assertThat(DocumentChecks.text(letterhead.getRow(1).getCell(0))).isEqualTo("Số:      /BC-SKHCN");
            assertThat(DocumentChecks.text(letterhead.getRow(1).getCell(1))).isEqualTo("Hà Giang, ngày 20 tháng 3 năm 2025");
            String text = DocumentChecks.text(document);
            assertThat(text).contains("BÁO CÁO\nTình hình, kết quả thực hiện kiểm soát thủ tục hành chính quý I năm 2025",
                    "Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Hà Giang.", "I. KẾT QUẢ THỰC HIỆN", "1. Rà soát thủ tục hành chính",
                    "a) Kết quả đạt được", "b) Tồn tại, hạn chế", "2. Phản ánh, kiến nghị", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                    "BIỂU SỐ 06/VPCP/KSTT".equals("") ? "" : "Biểu số 06/VPCP/KSTT");
            XWPFTable signature = document.getTables().get(2);
            assertThat(DocumentChecks.text(signature.getRow(0).getCell(0))).isEqualTo("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.");
            assertThat(DocumentChecks.text(signature.getRow(0).getCell(1))).startsWith("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n").endsWith("Nguyễn Văn An");

            XWPFTable wide = document.getTables().get(3);
            assertThat(DocumentChecks.repeatedHeaderRows(wide)).isEqualTo(3);
            assertThat(DocumentChecks.rowsKeptWhole(wide)).isTrue();
            assertThat(DocumentChecks.text(wide.getRow(0).getCell(2))).isEqualTo("Số hồ sơ nhận giải quyết");
            assertThat(DocumentChecks.text(wide.getRow(1).getCell(2))).isEqualTo("Tổng số");
            assertThat(DocumentChecks.text(wide.getRow(3).getCell(4))).isEqualTo("4");
            var grid = wide.getCTTbl().getTblGrid().getGridColList();
            assertThat(grid.get(0).getW().toString()).isEqualTo(String.valueOf(OfficialDocx.LANDSCAPE_TEXT_WIDTH * 4 / 68));
            assertThat(((java.math.BigInteger) grid.get(1).getW()).intValue()).isGreaterThan(((java.math.BigInteger) grid.get(0).getW()).intValue() * 3);
        }
    }

    @Test
    void headingsAreNumberedAsAdministrativeDocumentsNumberThem() {
        assertThat(OfficialDocx.Numbering.roman(4)).isEqualTo("IV");
        assertThat(OfficialDocx.Numbering.roman(14)).isEqualTo("XIV");
        assertThat(OfficialDocx.Numbering.letter(5)).isEqualTo("đ");
        assertThat(OfficialDocx.Numbering.letter(7)).isEqualTo("g");
    }

    @Test
    void datesAreWrittenAsTheDecreeWritesThem() {
        assertThat(new OfficialDocument.Letterhead(null, "X", null, "Hà Giang", LocalDate.of(2025, 1, 5)).placeAndDate())
                .isEqualTo("Hà Giang, ngày 05 tháng 01 năm 2025");
        assertThat(new OfficialDocument.Letterhead(null, "X", null, "Hà Giang", LocalDate.of(2025, 12, 19)).placeAndDate())
                .isEqualTo("Hà Giang, ngày 19 tháng 12 năm 2025");
        assertThat(OfficialDocument.numberAndSymbol(null, "BC", "SKHCN")).endsWith("/BC-SKHCN").startsWith(" ");
        assertThat(OfficialDocument.numberAndSymbol("05 / KH-SKHCN", "KH", "SKHCN")).isEqualTo("05/KH-SKHCN");
    }
}
