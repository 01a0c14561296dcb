package vn.tthc.plan.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.tthc.plan.support.Api;

import io.restassured.RestAssured;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ImportApiTest {

    private static final String DEPARTMENT_2025 = "soc-trang-dost-tthc-control-plan-2025.txt";
    private static final String PROVINCE_2024 = "soc-trang-province-tthc-control-plan-2024.txt";
    private static final String BAC_GIANG_2022_2025 = "bac-giang-dost-internal-tthc-review-plan-2022-2025.txt";

    @Inject
    EntityManager entityManager;

    private static byte[] seed(String file) {
        try (var in = ImportApiTest.class.getResourceAsStream("/seeds/" + file)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDepartmentPlanImportsThroughAPreviewIntoADraftPlan() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        String department = "IM-SKHCN-" + suffix;
        String office = "IM-VP-" + suffix;
        Api.unit(department, "Sở Khoa học và Công nghệ (" + suffix + ")", "DEPARTMENT", null);
        Api.unit(office, "Văn phòng Sở", "DIVISION", department);
        var preview = given().contentType("text/plain; charset=utf-8")
                .queryParam("year", 2025).queryParam("fileName", DEPARTMENT_2025).queryParam("issuingUnitCode", department)
                .body(seed(DEPARTMENT_2025))
                .post("/plans/imports")
                .then().statusCode(201)
                .body("counts.sections", equalTo(9))
                .body("counts.tasks", equalTo(20))
                .body("counts.unitsMatched", greaterThan(0))
                .body("taskSource", equalTo("APPENDIX_TABLE"))
                .body("details.signedOn", equalTo("2025-01-27"))
                .body("details.legalBases", hasSize(4))
                .body("sections[0].label", equalTo("I"))
                .body("sections[0].tasks[0].schedule.kind", notNullValue())
                .extract();
        String importId = preview.path("id");
        given().get("/plans/imports/{id}", importId).then().statusCode(200).body("counts.tasks", equalTo(20));

        String planId = given().contentType(ContentType.JSON)
                .body("{\"number\":\"05/KH-SKHCN\",\"title\":\"Kế hoạch kiểm soát thủ tục hành chính năm 2025\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\",\"issuingUnitCode\":\"" + department + "\"}")
                .post("/plans/imports/{id}/confirmation", importId)
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");

        given().get("/plans/{id}/appendix", planId).then().statusCode(200)
                .body("sections", hasSize(9))
                .body("sections[0].label", equalTo("I"));
        List<Object> tasks = given().get("/plans/{id}/tasks", planId).then().statusCode(200).extract().path("$");
        assertThat(tasks).hasSize(20);
        given().queryParam("planId", planId).queryParam("unitCode", office).get("/tasks")
                .then().statusCode(200).body("total", greaterThan(0));

        given().contentType(ContentType.JSON).body("{\"title\":\"Lần hai\"}")
                .post("/plans/imports/{id}/confirmation", importId)
                .then().statusCode(409).body("type", equalTo("https://tthc.vn/problems/import.already-confirmed"));
    }

    @Test
    void theProvincePlanImportsWithItsSectionsAndTasks() {
        given().contentType("text/plain; charset=utf-8").queryParam("year", 2024)
                .body(seed(PROVINCE_2024))
                .post("/plans/imports")
                .then().statusCode(201)
                .body("counts.sections", equalTo(11))
                .body("counts.tasks", equalTo(36))
                .body("warnings.size()", greaterThan(0));
    }

    @Test
    void aPlanWithoutAnAppendixTableImportsItsTasksFromTheBodyWithItsTargets() {
        String importId = given().contentType("text/plain; charset=utf-8")
                .body(seed(BAC_GIANG_2022_2025))
                .post("/plans/imports")
                .then().statusCode(201)
                .body("taskSource", equalTo("DOCUMENT_BODY"))
                .body("details.kind", equalTo("INTERNAL_PROCEDURE_REVIEW"))
                .body("details.periodStart", equalTo("2022-01-01"))
                .body("details.periodEnd", equalTo("2025-12-31"))
                .body("details.targets", hasSize(6))
                .body("details.targets[0].value", equalTo(100))
                .body("details.targets[0].deadline", equalTo("2023-04-01"))
                .body("counts.tasks", equalTo(10))
                .extract().path("id");
        String planId = given().contentType(ContentType.JSON).body("{\"number\":\"112/KH-KHCN\"}")
                .post("/plans/imports/{id}/confirmation", importId)
                .then().statusCode(201)
                .body("number", equalTo("112/KH-KHCN"))
                .body("kind", equalTo("INTERNAL_PROCEDURE_REVIEW"))
                .body("targets", hasSize(6))
                .body("legalBases", hasSize(2))
                .extract().path("id");
        List<Object> tasks = given().get("/plans/{id}/tasks", planId).then().statusCode(200).extract().path("$");
        assertThat(tasks).hasSize(10);
    }

    @Test
    void whatIsNotAPlanTableIsA400OrA413AndNothingIsStored() throws Exception {
        long before = imports();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1};
        given().contentType("application/octet-stream").body(png).post("/plans/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/plan-document.binary"));
        given().contentType("text/plain").body(new byte[0]).post("/plans/imports")
                .then().statusCode(400).body("type", equalTo("https://tthc.vn/problems/plan-document.empty"));
        given().contentType("text/plain; charset=utf-8").body("Xin chào, đây không phải bảng kế hoạch.".getBytes(StandardCharsets.UTF_8))
                .post("/plans/imports").then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .body("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1)).post("/plans/imports")
                .then().statusCode(400).body("type", equalTo("https://tthc.vn/problems/plan-document.not-docx"));
        for (int megabytes : new int[]{11, 50}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + RestAssured.port + "/plans/imports"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[megabytes * 1024 * 1024])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(response.body()).contains("https://tthc.vn/problems/too-large");
        }
        assertThat(imports()).isEqualTo(before);
    }

    private long imports() {
        return QuarkusTransaction.requiringNew().call(() ->
                entityManager.createQuery("select count(i) from PlanImport i", Long.class).getSingleResult());
    }
}
