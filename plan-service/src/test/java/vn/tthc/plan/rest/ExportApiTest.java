package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.tthc.plan.support.Api;
import vn.tthc.platform.documents.DocumentChecks;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ExportApiTest {

    @Test
    void thePlanWithProgressExportsAsADocumentTheDepartmentCanSignAndAsAWorkbook() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String province = "HG-" + suffix;
        String department = province + "-SKHCN";
        String division = department + "-QLKH";
        given().contentType(ContentType.JSON).body("""
                {"name":"Ủy ban nhân dân tỉnh Hà Giang","kind":"PROVINCIAL_COMMITTEE","abbreviation":"UBND","place":"Hà Giang",
                 "headerName":"UBND tỉnh Hà Giang"}""").put("/units/{code}", province).then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"name":"Sở Khoa học và Công nghệ tỉnh Hà Giang","kind":"DEPARTMENT","parentCode":"%s","abbreviation":"SKHCN",
                 "place":"Hà Giang","headerName":"Sở Khoa học và Công nghệ","signingAuthority":"KT. Giám đốc",
                 "signerTitle":"Phó Giám đốc","signerName":"Nguyễn Văn An"}""".formatted(province))
                .put("/units/{code}", department).then().statusCode(200)
                .body("abbreviation", org.hamcrest.Matchers.equalTo("SKHCN")).body("place", org.hamcrest.Matchers.equalTo("Hà Giang"));
        Api.unit(division, "Phòng Quản lý khoa học", "DIVISION", department);
        String planId = given().contentType(ContentType.JSON).body("""
                {"number":"05/KH-SKHCN","signedOn":"2025-01-27","title":"Kế hoạch kiểm soát thủ tục hành chính năm 2025",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31","issuingUnitCode":"%s",
                 "legalBases":[{"text":"Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;"}],
                 "purposes":"Tổ chức triển khai có hiệu quả nhiệm vụ kiểm soát thủ tục hành chính.",
                 "recipients":["UBND tỉnh (b/c)","Các phòng, đơn vị thuộc Sở"]}""".formatted(department))
                .post("/plans").then().statusCode(201).extract().path("id");
        String sectionId = given().contentType(ContentType.JSON).body("{\"label\":\"I\",\"title\":\"Công tác chỉ đạo, điều hành\"}")
                .post("/plans/{id}/sections", planId).then().statusCode(201).extract().path("id");
        String taskId = Api.task(planId, """
                {"sectionId":"%s","label":"1","content":"Ban hành Kế hoạch kiểm soát TTHC","leadUnitCodes":["%s"],
                 "timeText":"Trước ngày 31/01/2025","funding":"Ngân sách tỉnh","results":[{"text":"Kế hoạch được ban hành"}]}"""
                .formatted(sectionId, division));
        Api.task(planId, "{\"sectionId\":\"" + sectionId + "\",\"label\":\"2\",\"content\":\"Tuyên truyền về TTHC\",\"timeText\":\"Thường xuyên\"}");
        given().contentType(ContentType.JSON).body("{\"status\":\"DONE\",\"completedOn\":\"2025-02-03\",\"note\":\"Đã ban hành Kế hoạch số 05/KH-SKHCN\"}")
                .post("/tasks/{id}/progress", taskId).then().statusCode(200);

        ExtractableResponse<Response> docxResponse = given().get("/plans/{id}/export.docx", planId).then().statusCode(200).extract();
        assertThat(docxResponse.header("Content-Disposition")).isEqualTo("attachment; filename=\"ke-hoach-05-KH-SKHCN-2025.docx\"; "
                + "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2005-KH-SKHCN%20n%C4%83m%202025.docx");
        byte[] docx = docxResponse.asByteArray();
        DocumentChecks.keep("plan.docx", docx);
        List<DocumentChecks.Section> sections = DocumentChecks.assertOfficialDocx(docx);
        assertThat(sections).extracting(DocumentChecks.Section::landscape).containsExactly(false, true);
        try (XWPFDocument document = DocumentChecks.docx(docx)) {
            XWPFTable letterhead = document.getTables().get(0);
            assertThat(DocumentChecks.text(letterhead.getRow(0).getCell(0))).startsWith("UBND TỈNH HÀ GIANG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(DocumentChecks.text(letterhead.getRow(1).getCell(0))).isEqualTo("Số: 05/KH-SKHCN");
            assertThat(DocumentChecks.text(letterhead.getRow(1).getCell(1))).isEqualTo("Hà Giang, ngày 27 tháng 01 năm 2025");
            String text = DocumentChecks.text(document);
            assertThat(text).contains("KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025", "Căn cứ Nghị định số 63/2010/NĐ-CP",
                    "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN",
                    "Kế hoạch có 2 nhiệm vụ: đã hoàn thành 1 (đúng hạn 0, trễ hạn 1); đang thực hiện 0; chưa thực hiện 1.",
                    "PHỤ LỤC\nTIẾN ĐỘ THỰC HIỆN NHIỆM VỤ\n(Kèm theo Kế hoạch số 05/KH-SKHCN ngày 27/01/2025 của Sở Khoa học và Công nghệ tỉnh Hà Giang)");
            XWPFTable signature = document.getTables().get(1);
            assertThat(DocumentChecks.text(signature.getRow(0).getCell(0)))
                    .isEqualTo("Nơi nhận:\n- UBND tỉnh (b/c);\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, SKHCN.");
            assertThat(DocumentChecks.text(signature.getRow(0).getCell(1))).startsWith("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").endsWith("Nguyễn Văn An");

            XWPFTable appendix = document.getTables().get(2);
            assertThat(DocumentChecks.repeatedHeaderRows(appendix)).isEqualTo(2);
            assertThat(DocumentChecks.rowsKeptWhole(appendix)).isTrue();
            assertThat(appendix.getRow(0).getTableCells()).extracting(DocumentChecks::text).containsExactly("STT", "Nội dung công việc",
                    "Kết quả công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Kinh phí", "Hạn hoàn thành",
                    "Trạng thái", "Ngày hoàn thành", "Đúng hạn/ trễ hạn", "Tiến độ gần nhất");
            assertThat(DocumentChecks.text(appendix.getRow(2).getCell(1))).isEqualTo("Công tác chỉ đạo, điều hành");
            assertThat(appendix.getRow(3).getTableCells()).extracting(DocumentChecks::text).containsExactly("1",
                    "Ban hành Kế hoạch kiểm soát TTHC", "- Kế hoạch được ban hành", "Phòng Quản lý khoa học", "", "Trước ngày 31/01/2025",
                    "Ngân sách tỉnh", "31/01/2025", "Hoàn thành", "03/02/2025", "Trễ hạn", "Đã ban hành Kế hoạch số 05/KH-SKHCN");
            var grid = appendix.getCTTbl().getTblGrid().getGridColList();
            assertThat(((java.math.BigInteger) grid.get(1).getW()).intValue())
                    .isGreaterThan(((java.math.BigInteger) grid.get(0).getW()).intValue() * 3);
        }

        ExtractableResponse<Response> xlsxResponse = given().get("/plans/{id}/export.xlsx", planId).then().statusCode(200).extract();
        assertThat(xlsxResponse.header("Content-Disposition")).startsWith("attachment; filename=\"ke-hoach-05-KH-SKHCN-2025.xlsx\"; filename*=UTF-8''");
        byte[] xlsx = xlsxResponse.asByteArray();
        DocumentChecks.keep("plan.xlsx", xlsx);
        DocumentChecks.assertOfficialXlsx(xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet("Phụ lục tiến độ nhiệm vụ");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("5:6");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("PHỤ LỤC: TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ");
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("Kinh phí");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("I");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Ban hành Kế hoạch kiểm soát TTHC");
            assertThat(sheet.getRow(7).getCell(6).getStringCellValue()).isEqualTo("Ngân sách tỉnh");
            assertThat(sheet.getRow(7).getCell(10).getStringCellValue()).isEqualTo("Trễ hạn");
            assertThat(sheet.getRow(8).getCell(5).getStringCellValue()).isEqualTo("Thường xuyên");
            assertThat(sheet.getRow(8).getCell(8).getStringCellValue()).isEqualTo("Chưa thực hiện");
            assertThat(sheet.getRow(8).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
        given().get("/plans/{id}/export.xlsx", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
