package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;
import vn.tthc.plan.service.OverdueJob;
import vn.tthc.plan.support.Api;
import vn.tthc.plan.support.TestClock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class TaskProgressApiTest {

    @Inject
    TestClock clock;

    @Inject
    OverdueJob overdueJob;

    private final String unit = "PB-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aQuarterlyTaskIsDoneLatePerOccurrenceAndTheEventCarriesTheOccurrence() {
        clock.setDay(LocalDate.of(2025, 4, 2));
        Api.unit(unit, "Phòng Quản lý chuyên ngành", "DIVISION", null);
        String planId = Api.plan("Kế hoạch kiểm soát TTHC năm 2025", "2025-01-01", "2025-12-31");
        String taskId = Api.task(planId, """
                {"label":"XI.1","content":"Báo cáo tình hình, kết quả kiểm soát TTHC","leadUnitCodes":["%s"],
                 "timeText":"Định kỳ hàng quý (trước ngày 19 của tháng cuối quý)"}""".formatted(unit));
        var task = given().get("/tasks/{id}", taskId).then().statusCode(200)
                .body("schedule.kind", equalTo("RECURRING"))
                .body("occurrences", hasSize(4))
                .body("occurrences[0].dueDate", equalTo("2025-03-19"))
                .body("occurrences[0].overdue", equalTo(true))
                .extract();
        String q1 = task.path("occurrences[0].id");
        String etag = task.header("ETag");

        given().contentType(ContentType.JSON).header("If-Match", etag).body("""
                {"occurrenceId":"%s","status":"DONE","completedOn":"2025-03-25","note":"Đã gửi báo cáo quý I",
                 "evidence":{"number":"45/BC-SKHCN","date":"2025-03-25","title":"Báo cáo kiểm soát TTHC quý I"}}""".formatted(q1))
                .post("/tasks/{id}/progress", taskId)
                .then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("occurrences[0].status", equalTo("DONE"))
                .body("occurrences[0].onTime", equalTo(false));

        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"occurrenceId\":\"" + q1 + "\",\"status\":\"IN_PROGRESS\"}")
                .post("/tasks/{id}/progress", taskId).then().statusCode(412);

        given().get("/tasks/{id}/progress", taskId).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].evidence.number", equalTo("45/BC-SKHCN"));

        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "plan.events")) {
            List<ConsumerRecord<String, String>> completed = reader.await(r -> taskId.equals(r.key())
                    && TopicReader.withHeader("ce_type", "vn.tthc.plan.task.completed.v1").test(r), Duration.ofSeconds(20));
            assertThat(completed).hasSize(1);
            assertThat(EventSchema.forType("plan-service", "vn.tthc.plan.task.completed.v1").violations(completed.get(0).value())).isEmpty();
            assertThat(completed.get(0).value()).contains("\"onTime\":false").contains("\"occurrenceId\":\"" + q1 + "\"")
                    .contains("\"leadUnitCode\":\"" + unit + "\"").contains("\"dueDate\":\"2025-03-19\"");
        }
    }

    @Test
    void theDailyJobMarksPastDueOccurrencesOverdueOnceAndAnnouncesEachOnce() {
        clock.setDay(LocalDate.of(2025, 3, 31));
        Api.unit(unit, "Phòng Kế hoạch - Tài chính", "DIVISION", null);
        String planId = Api.plan("Kế hoạch 2025", "2025-01-01", "2025-12-31");
        String taskId = Api.task(planId, "{\"content\":\"Ban hành kế hoạch rà soát\",\"leadUnitCode\":\"" + unit
                + "\",\"timeText\":\"Trước ngày 31/3/2025\"}");
        overdueJob.markOverdue();
        given().get("/tasks/{id}", taskId).then().body("occurrences[0].overdue", equalTo(false));

        clock.setDay(LocalDate.of(2025, 4, 1));
        assertThat(overdueJob.markOverdue()).isGreaterThanOrEqualTo(1);
        clock.setDay(LocalDate.of(2025, 4, 2));
        overdueJob.markOverdue();

        given().queryParam("unitCode", unit).queryParam("overdue", true).get("/tasks")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(taskId));
        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "plan.events")) {
            reader.await(r -> taskId.equals(r.key()) && TopicReader.withHeader("ce_type", "vn.tthc.plan.occurrence.overdue.v1").test(r),
                    Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> overdue = reader.readFor(r -> taskId.equals(r.key())
                    && TopicReader.withHeader("ce_type", "vn.tthc.plan.occurrence.overdue.v1").test(r), Duration.ofSeconds(1));
            assertThat(overdue).hasSize(1);
            assertThat(overdue.get(0).value()).contains("\"overdueSince\":\"2025-04-01\"").contains("\"dueDate\":\"2025-03-31\"");
        }
    }

    @Test
    void progressOnACancelledTaskIsAConflict() {
        String planId = Api.plan("Kế hoạch", "2025-01-01", "2025-12-31");
        String taskId = Api.task(planId, "{\"content\":\"Nhiệm vụ bị hủy\",\"timeText\":\"Thường xuyên\"}");
        given().contentType(ContentType.JSON).body("{\"status\":\"CANCELLED\",\"note\":\"Không còn phù hợp\"}")
                .post("/tasks/{id}/progress", taskId).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().contentType(ContentType.JSON).body("{\"status\":\"IN_PROGRESS\"}")
                .post("/tasks/{id}/progress", taskId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/task.cancelled"));
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndPaginates() {
        String planId = Api.plan("Kế hoạch tìm kiếm", "2025-01-01", "2025-12-31");
        String marker = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 3; i++) {
            Api.task(planId, "{\"label\":\"" + i + "\",\"content\":\"Rà soát ĐĂNG KÝ thủ tục hành chính " + marker + " lần " + i + "\"}");
        }
        Api.task(planId, "{\"content\":\"Tuyên truyền " + marker + "\"}");

        given().queryParam("q", "dang ky thu tuc " + marker).queryParam("size", 2).get("/tasks")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items", hasSize(2))
                .body("items[0].label", equalTo("1"));
        given().queryParam("q", "đăng ký thủ tục " + marker).queryParam("size", 2).queryParam("page", 1).get("/tasks")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].label", equalTo("3"));
        given().queryParam("q", "THU TUC").queryParam("planId", planId).get("/tasks")
                .then().body("total", equalTo(3));
        given().queryParam("size", 500).get("/tasks").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownUnitsAndUnreadableTimesAreKeptAsWarnings() {
        String planId = Api.plan("Kế hoạch", "2025-01-01", "2025-12-31");
        String taskId = Api.task(planId, "{\"content\":\"Nhiệm vụ\",\"leadUnitCode\":\"KHONG-CO\",\"timeText\":\"Sau Tết\"}");
        given().get("/tasks/{id}", taskId).then().statusCode(200)
                .body("leadUnits[0].text", equalTo("KHONG-CO"))
                .body("warnings.code", org.hamcrest.Matchers.hasItems("task.unknown-unit", "schedule.unparsed"))
                .body("schedule.text", equalTo("Sau Tết"));
    }
}
