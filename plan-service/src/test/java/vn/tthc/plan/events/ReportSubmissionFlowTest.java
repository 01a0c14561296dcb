package vn.tthc.plan.events;

import vn.tthc.plan.inbound.ReportSubmitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.tthc.local.ConsumerGroups;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.plan.support.Api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The flow back from reporting: a submitted report completes the linked task's occurrence for its period. */
@QuarkusTest
class ReportSubmissionFlowTest {

    @Test
    void aSubmittedQuarterlyReportMarksTheLinkedTasksQuarterDoneOnceWithTheReportAsEvidence() throws Exception {
        String unit = "RP-" + UUID.randomUUID().toString().substring(0, 6);
        Api.unit(unit, "Văn phòng Sở", "DIVISION", null);
        String planId = Api.plan("Kế hoạch 2025", "2025-01-01", "2025-12-31");
        String taskId = Api.task(planId, "{\"content\":\"Báo cáo kết quả kiểm soát TTHC\",\"leadUnitCode\":\"" + unit
                + "\",\"timeText\":\"Định kỳ hàng quý (trước ngày 19 của tháng cuối quý)\"}");
        given().contentType(ContentType.JSON).body("{\"regimeCode\":\"tthc-control\"}").put("/tasks/{id}/regime", taskId)
                .then().statusCode(200).body("regimeCode", equalTo("tthc-control"));

        String submissionId = UUID.randomUUID().toString();
        ProducerRecord<String, String> submitted = submitted(UUID.randomUUID().toString(), submissionId, unit, 1);
        assertThat(EventSchema.forType("reporting-service", ReportSubmitted.TYPE).violations(submitted.value())).isEmpty();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(submitted).get(10, TimeUnit.SECONDS);
            producer.send(submitted).get(10, TimeUnit.SECONDS);
            producer.send(submitted(UUID.randomUUID().toString(), submissionId, unit, 2)).get(10, TimeUnit.SECONDS);
            producer.send(submitted(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "OTHER-UNIT", 1)).get(10, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/tasks/{id}", taskId).then()
                .body("occurrences[0].status", equalTo("DONE"))
                .body("occurrences[0].completedOn", equalTo("2025-03-17"))
                .body("occurrences[0].onTime", equalTo(true)));
        // The redelivered copy and the second version have the submission's key, the other unit's report another key
        // (maybe another partition): all of them have been read once the group's committed offsets reach every
        // partition's end, and only then does "one progress entry" show that the copies changed nothing.
        ConsumerGroups.awaitConsumedToEnd(TestInfrastructure.get().kafka().bootstrapServers(), "plan-service",
                "reporting.events", Duration.ofSeconds(30));
        given().get("/tasks/{id}/progress", taskId).then()
                .body("$", hasSize(1))
                .body("[0].evidence.link", equalTo("/submissions/" + submissionId))
                .body("[0].reportingPeriod", equalTo("2025-Q1"));
        given().get("/tasks/{id}", taskId).then().body("occurrences[1].status", equalTo("NOT_STARTED"));
    }

    private static ProducerRecord<String, String> submitted(String eventId, String submissionId, String unit, int version) {
        String data = """
                {"submissionId":"%s","regimeCode":"tthc-control","periodKey":"2025-Q1","periodType":"QUARTERLY",
                 "periodLabel":"Quý I năm 2025","periodStart":"2024-12-15","periodEnd":"2025-03-14","unitCode":"%s",
                 "version":%d,"submittedAt":"2025-03-17T03:00:00Z","lastAllowedDay":"2025-03-18","late":false}"""
                .formatted(submissionId, unit, version);
        ProducerRecord<String, String> record = new ProducerRecord<>("reporting.events", submissionId, data);
        for (String[] header : new String[][]{{"ce_specversion", "1.0"}, {"ce_id", eventId}, {"ce_type", ReportSubmitted.TYPE},
                {"ce_source", "/tthc/reporting-service"}, {"ce_subject", "submissions/" + submissionId},
                {"ce_time", "2025-03-17T03:00:00Z"}}) {
            record.headers().add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
