package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.tthc.plan.service.DemoData;
import vn.tthc.platform.documents.DocumentChecks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Test
    void theDemoProvinceAndItsPlanLoadWithTasksMatchedToUnits() throws Exception {
        demoData.load();

        given().get("/units/ST-SKHCN-VP").then().statusCode(200)
                .body("parentCode", equalTo("ST-SKHCN"))
                .body("officers[0].name", equalTo("Trần Thế Vũ"));
        String planId = given().queryParam("issuingUnitCode", "ST-SKHCN").get("/plans")
                .then().statusCode(200).body("total", greaterThan(0))
                .body("items[0].number", equalTo("05/KH-SKHCN"))
                .extract().path("items[0].id");
        given().get("/plans/{id}/appendix", planId).then().statusCode(200).body("sections.size()", equalTo(9));
        given().queryParam("planId", planId).queryParam("unitCode", "ST-SKHCN-VP").get("/tasks")
                .then().statusCode(200).body("total", greaterThan(5));
        given().get("/units/ST-SKHCN").then().statusCode(200)
                .body("abbreviation", equalTo("SKHCN")).body("place", equalTo("Sóc Trăng"))
                .body("headerName", equalTo("Sở Khoa học và Công nghệ")).body("signingAuthority", equalTo("KT. Giám đốc"));

        // the demo plan, exported as a department would send it: the letterhead from the unit tree, its appendix landscape
        byte[] docx = given().get("/plans/{id}/export.docx", planId).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"ke-hoach-05-KH-SKHCN-2025.docx\""))
                .extract().asByteArray();
        DocumentChecks.keep("demo-plan.docx", docx);
        DocumentChecks.assertOfficialDocx(docx);
        try (XWPFDocument document = DocumentChecks.docx(docx)) {
            XWPFTable letterhead = document.getTables().get(0);
            assertThat(DocumentChecks.text(letterhead.getRow(0).getCell(0))).startsWith("UBND TỈNH SÓC TRĂNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(DocumentChecks.text(letterhead.getRow(1).getCell(1))).isEqualTo("Sóc Trăng, ngày 27 tháng 01 năm 2025");
            XWPFTable appendix = document.getTables().get(2);
            assertThat(DocumentChecks.repeatedHeaderRows(appendix)).isEqualTo(2);
        }
        byte[] xlsx = given().get("/plans/{id}/export.xlsx", planId).then().statusCode(200).extract().asByteArray();
        DocumentChecks.keep("demo-plan.xlsx", xlsx);
        DocumentChecks.assertOfficialXlsx(xlsx);
    }
}
