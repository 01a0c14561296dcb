package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.tthc.plan.support.Api;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ExportApiTest {

    @Test
    void theTaskTableWithProgressExportsToExcelAndWordAndReadsBack() throws Exception {
        String unit = "EX-" + UUID.randomUUID().toString().substring(0, 6);
        Api.unit(unit, "Phòng Quản lý khoa học", "DIVISION", null);
        String planId = Api.plan("Kế hoạch xuất bảng", "2025-01-01", "2025-12-31");
        String sectionId = given().contentType(ContentType.JSON).body("{\"label\":\"I\",\"title\":\"Công tác chỉ đạo, điều hành\"}")
                .post("/plans/{id}/sections", planId).then().statusCode(201).extract().path("id");
        String taskId = Api.task(planId, """
                {"sectionId":"%s","label":"1","content":"Ban hành Kế hoạch kiểm soát TTHC","leadUnitCodes":["%s"],
                 "timeText":"Trước ngày 31/01/2025","results":[{"text":"Kế hoạch được ban hành"}]}""".formatted(sectionId, unit));
        Api.task(planId, "{\"sectionId\":\"" + sectionId + "\",\"label\":\"2\",\"content\":\"Tuyên truyền về TTHC\",\"timeText\":\"Thường xuyên\"}");
        given().contentType(ContentType.JSON).body("{\"status\":\"DONE\",\"completedOn\":\"2025-02-03\",\"note\":\"Đã ban hành Kế hoạch số 05/KH-SKHCN\"}")
                .post("/tasks/{id}/progress", taskId).then().statusCode(200);

        byte[] xlsx = given().get("/plans/{id}/export.xlsx", planId).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Phụ lục");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Nội dung công việc");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("I");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Ban hành Kế hoạch kiểm soát TTHC");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("- Kế hoạch được ban hành");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Phòng Quản lý khoa học");
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("31/01/2025");
            assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("Hoàn thành");
            assertThat(sheet.getRow(4).getCell(9).getStringCellValue()).isEqualTo("Trễ hạn");
            assertThat(sheet.getRow(4).getCell(10).getStringCellValue()).isEqualTo("Đã ban hành Kế hoạch số 05/KH-SKHCN");
            assertThat(sheet.getRow(5).getCell(5).getStringCellValue()).isEqualTo("Thường xuyên");
            assertThat(sheet.getRow(5).getCell(7).getStringCellValue()).isEqualTo("Chưa thực hiện");
        }

        byte[] docx = given().get("/plans/{id}/export.docx", planId).then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kế hoạch xuất bảng");
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Công tác chỉ đạo, điều hành");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Ban hành Kế hoạch kiểm soát TTHC");
            assertThat(table.getRow(2).getCell(9).getText()).isEqualTo("Trễ hạn");
        }
        given().get("/plans/{id}/export.xlsx", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
