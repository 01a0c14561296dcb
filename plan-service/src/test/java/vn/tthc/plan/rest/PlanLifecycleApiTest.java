package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;
import vn.tthc.plan.support.Api;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class PlanLifecycleApiTest {

    private static final String PLAN = """
            {"number":"%s","place":"Sóc Trăng","title":"Kế hoạch kiểm soát thủ tục hành chính năm 2025","kind":"TTHC_CONTROL",
             "periodStart":"2025-01-01","periodEnd":"2025-12-31",
             "legalBases":[{"text":"Căn cứ Nghị định số 63/2010/NĐ-CP"}],
             "targets":[{"metric":"Tỷ lệ hồ sơ giải quyết đúng hạn","comparison":"AT_LEAST","value":99,"unit":"%%"}],
             "recipients":["Văn phòng UBND tỉnh"]%s}""";

    @Test
    void aDraftIsEditedFreelyAnIssuedPlanOnlyByAmendmentAndAClosedPlanNotAtAll() {
        String planId = given().contentType(ContentType.JSON).body(PLAN.formatted("", ""))
                .post("/plans").then().statusCode(201).body("version", equalTo(0)).extract().path("id");
        String etag = given().get("/plans/{id}", planId).then().statusCode(200).extract().header("ETag");

        given().contentType(ContentType.JSON).header("If-Match", etag).body(PLAN.formatted("", ",\"purposes\":\"Nâng cao chất lượng\""))
                .put("/plans/{id}", planId).then().statusCode(200).body("purposes", equalTo("Nâng cao chất lượng"))
                .body("targets[0].value", equalTo(99));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(PLAN.formatted("", ""))
                .put("/plans/{id}", planId).then().statusCode(412).contentType("application/problem+json");

        given().contentType(ContentType.JSON).body("{}").post("/plans/{id}/issue", planId)
                .then().statusCode(400).body("errors[0].field", equalTo("number"));
        given().contentType(ContentType.JSON).body("{\"number\":\"05/KH-SKHCN\",\"signedOn\":\"2025-01-10\"}")
                .post("/plans/{id}/issue", planId).then().statusCode(200).body("status", equalTo("ISSUED"));

        given().contentType(ContentType.JSON).body(PLAN.formatted("05/KH-SKHCN", ",\"purposes\":\"Khác\""))
                .put("/plans/{id}", planId).then().statusCode(409)
                .body("type", equalTo("https://tthc.vn/problems/plan.amendment-reason-required"));
        given().contentType(ContentType.JSON)
                .body(PLAN.formatted("05/KH-SKHCN", ",\"purposes\":\"Khác\",\"amendmentReason\":\"Điều chỉnh theo Quyết định 12/QĐ-UBND\""))
                .put("/plans/{id}", planId).then().statusCode(200).body("purposes", equalTo("Khác"));
        given().get("/plans/{id}/amendments", planId).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].reason", equalTo("Điều chỉnh theo Quyết định 12/QĐ-UBND"));

        given().contentType(ContentType.JSON).body("{\"content\":\"Nhiệm vụ mới\"}")
                .post("/plans/{id}/tasks", planId).then().statusCode(409);

        given().post("/plans/{id}/close", planId).then().statusCode(200).body("status", equalTo("CLOSED"));
        given().contentType(ContentType.JSON)
                .body(PLAN.formatted("05/KH-SKHCN", ",\"amendmentReason\":\"Muộn\""))
                .put("/plans/{id}", planId).then().statusCode(409).body("type", equalTo("https://tthc.vn/problems/plan.closed"));
    }

    @Test
    void everyEventAPlanProducesConformsToItsPublishedSchema() {
        String unit = "VP-" + UUID.randomUUID().toString().substring(0, 6);
        Api.unit(unit, "Văn phòng Sở", "DIVISION", null);
        String planId = Api.plan("Kế hoạch sự kiện", "2025-01-01", "2025-12-31");
        String taskId = Api.task(planId, "{\"content\":\"Báo cáo quý\",\"leadUnitCode\":\"" + unit + "\",\"timeText\":\"Hàng quý\"}");
        String occurrence = given().get("/tasks/{id}", taskId).then().extract().path("occurrences[0].id");
        given().contentType(ContentType.JSON).body("{\"leadUnitCodes\":[\"" + unit + "\"],\"cooperatingUnitCodes\":[]}")
                .put("/tasks/{id}/assignment", taskId).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"occurrenceId\":\"" + occurrence + "\",\"status\":\"DONE\",\"completedOn\":\"2025-03-01\"}")
                .post("/tasks/{id}/progress", taskId).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"occurrenceId\":\"" + occurrence + "\"}")
                .post("/tasks/{id}/reopen", taskId).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"number\":\"01/KH-TEST\"}").post("/plans/{id}/issue", planId).then().statusCode(200);

        Set<String> expected = Set.of("vn.tthc.plan.plan.issued.v1", "vn.tthc.plan.task.created.v1",
                "vn.tthc.plan.task.assigned.v1", "vn.tthc.plan.task.progress-recorded.v1",
                "vn.tthc.plan.task.completed.v1", "vn.tthc.plan.task.reopened.v1");
        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "plan.events")) {
            reader.await(r -> planId.equals(r.key()), Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> events = reader.readFor(
                    r -> planId.equals(r.key()) || taskId.equals(r.key()), Duration.ofSeconds(1));
            assertThat(events).extracting(r -> TopicReader.header(r, "ce_type").orElseThrow()).containsAll(expected);
            for (ConsumerRecord<String, String> event : events) {
                String type = TopicReader.header(event, "ce_type").orElseThrow();
                assertThat(EventSchema.forType("plan-service", type).violations(event.value())).as(type).isEmpty();
            }
        }
    }
}
