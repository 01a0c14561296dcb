package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import vn.tthc.plan.imports.CorpusDocuments;
import vn.tthc.plan.imports.PlanImport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans of other layouts (issue 13) through the API: the confirmed plan reads back as the preview showed it,
 * funding included, and its exports carry the funding column (empty for a plan that gives no funding).
 */
@QuarkusTest
class CorpusImportApiTest {

    @Test
    void aTableWithFundingAndPageBreaksReadsBackAsPreviewedAndExportsItsFunding() throws Exception {
        String planId = importAndCompare("text/plain; charset=utf-8",
                CorpusDocuments.FUNDING_AND_PAGE_BREAKS.getBytes(StandardCharsets.UTF_8));

        byte[] xlsx = given().get("/plans/{id}/export.xlsx", planId).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Phụ lục tiến độ nhiệm vụ");
            Row header = sheet.getRow(4);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Thời gian thực hiện");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Kinh phí");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Hạn hoàn thành");
            List<String> funding = new ArrayList<>();
            for (int r = 6; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(6) != null && !row.getCell(6).getStringCellValue().isEmpty()) {
                    funding.add(row.getCell(0).getStringCellValue() + ": " + row.getCell(6).getStringCellValue());
                }
            }
            assertThat(funding).containsExactly("1: Ngân sách tỉnh", "2: Kinh phí hoạt động thường xuyên",
                    "3: Nguồn chi thường xuyên", "4: Ngân sách nhà nước");
        }

        byte[] docx = given().get("/plans/{id}/export.docx", planId).then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = document.getTables().get(2);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).contains("Kinh phí");
            List<String> funding = new ArrayList<>();
            table.getRows().stream().skip(2).filter(row -> row.getTableCells().size() > 6)
                    .map(row -> row.getCell(6).getText()).filter(text -> !text.isEmpty()).forEach(funding::add);
            assertThat(funding).startsWith("Ngân sách tỉnh");
        }
    }

    @Test
    void aWordTableWithMergedCellsAndHeadingsReadsBackAsPreviewed() {
        importAndCompare(PlanImport.DOCX, CorpusDocuments.docx(CorpusDocuments.mergedWordRows()));
    }

    @Test
    void dottedHeadingsCountAsSectionsNotTasksAndAPlanWithoutFundingExportsAnEmptyFundingColumn() throws Exception {
        given().contentType("text/plain; charset=utf-8").queryParam("year", 2025)
                .body(CorpusDocuments.DOTTED_GROUPS.getBytes(StandardCharsets.UTF_8))
                .post("/plans/imports").then().statusCode(201)
                .body("counts.sections", org.hamcrest.Matchers.equalTo(3))
                .body("counts.tasks", org.hamcrest.Matchers.equalTo(7))
                .body("sections[2].parentLabel", org.hamcrest.Matchers.equalTo("2"));
        String planId = importAndCompare("text/plain; charset=utf-8",
                CorpusDocuments.DOTTED_GROUPS.getBytes(StandardCharsets.UTF_8));
        byte[] xlsx = given().get("/plans/{id}/export.xlsx", planId).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            // every column the plan's data has is printed, the funding column too, empty where no funding is given
            Sheet sheet = workbook.getSheet("Phụ lục tiến độ nhiệm vụ");
            List<String> names = new ArrayList<>();
            sheet.getRow(4).forEach(cell -> names.add(cell.getStringCellValue()));
            assertThat(names).contains("Thời gian thực hiện", "Kinh phí");
            for (int r = 6; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(6) == null ? "" : row.getCell(6).getStringCellValue()).isEmpty();
            }
        }
    }

    /** Uploads, confirms, and checks the plan's appendix against the preview; returns the plan's id. */
    private static String importAndCompare(String contentType, byte[] document) {
        JsonPath preview = given().contentType(contentType).queryParam("year", 2025).body(document)
                .post("/plans/imports").then().statusCode(201).extract().jsonPath();
        String planId = given().contentType(ContentType.JSON).body("{\"title\":\"Kế hoạch thử nhập\"}")
                .post("/plans/imports/{id}/confirmation", preview.getString("id"))
                .then().statusCode(201).extract().path("id");
        JsonPath appendix = given().get("/plans/{id}/appendix", planId).then().statusCode(200).extract().jsonPath();

        List<String> previewed = new ArrayList<>();
        List<String> previewedLoose = new ArrayList<>();
        for (Map<String, Object> section : preview.<Map<String, Object>>getList("sections")) {
            boolean implicit = section.get("label").toString().isEmpty();
            if (!implicit) {
                previewed.add("§ " + section.get("label") + " " + section.get("title"));
            }
            for (Object task : (List<?>) section.get("tasks")) {
                previewedTask(asMap(task), "", implicit ? previewedLoose : previewed);
            }
        }
        List<String> readBack = new ArrayList<>();
        for (Map<String, Object> section : appendix.<Map<String, Object>>getList("sections")) {
            readBack.add("§ " + section.get("label") + " " + section.get("title"));
            for (Object node : (List<?>) section.get("tasks")) {
                storedTask(asMap(node), "", readBack);
            }
        }
        List<String> readBackLoose = new ArrayList<>();
        for (Object node : appendix.getList("unsectioned")) {
            storedTask(asMap(node), "", readBackLoose);
        }
        assertThat(readBack).isEqualTo(previewed).isNotEmpty();
        assertThat(readBackLoose).isEqualTo(previewedLoose);
        return planId;
    }

    private static void previewedTask(Map<String, Object> task, String indent, List<String> lines) {
        lines.add(describe(task, indent));
        for (Object subtask : (List<?>) task.get("subtasks")) {
            previewedTask(asMap(subtask), indent + "  ", lines);
        }
    }

    private static void storedTask(Map<String, Object> node, String indent, List<String> lines) {
        lines.add(describe(asMap(node.get("task")), indent));
        for (Object subtask : (List<?>) node.get("subtasks")) {
            storedTask(asMap(subtask), indent + "  ", lines);
        }
    }

    /** What both views show of a task: label, content, units, schedule, funding, results with their funding. */
    private static String describe(Map<String, Object> task, String indent) {
        List<String> results = new ArrayList<>();
        for (Object result : (List<?>) task.get("results")) {
            results.add(asMap(result).get("text") + " [" + asMap(result).get("funding") + "]");
        }
        Map<String, Object> schedule = asMap(task.get("schedule"));
        return indent + task.get("label") + " " + task.get("content") + " | " + units(task.get("leadUnits")) + " | "
                + units(task.get("cooperatingUnits")) + " | " + schedule.get("kind") + " " + schedule.get("text") + " | "
                + task.get("funding") + " | " + results;
    }

    private static String units(Object units) {
        List<String> texts = new ArrayList<>();
        for (Object unit : (List<?>) units) {
            texts.add(String.valueOf(asMap(unit).get("text")));
        }
        return String.join("; ", texts);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
