package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;
import vn.tthc.plan.support.TestClock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class TaskCompletionApiTest {

    private static final String COMPLETED = "vn.tthc.plan.task.completed.v1";
    private static final String REOPENED = "vn.tthc.plan.task.reopened.v1";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void registerTheLeadUnit() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Văn phòng Sở\",\"kind\":\"DIVISION\"}")
                .put("/units/SKHCN-VP").then().statusCode(200);
    }

    @Test
    void completingATaskLatePublishesTheEventToKafkaWithCloudEventsHeaders() {
        String planId = given().contentType(ContentType.JSON)
                .body("{\"number\":\"05/KH-SKHCN\",\"title\":\"Kế hoạch kiểm soát thủ tục hành chính năm 2025\"}")
                .post("/plans")
                .then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
        String taskId = given().contentType(ContentType.JSON)
                .body("{\"label\":\"2.1\",\"content\":\"Rà soát quy định\",\"leadUnitCode\":\"SKHCN-VP\",\"dueDate\":\"2025-03-31\"}")
                .post("/plans/{id}/tasks", planId)
                .then().statusCode(201)
                .extract().path("id");

        given().contentType(ContentType.JSON).body("{\"completedOn\":\"2025-04-02\"}")
                .post("/tasks/{id}/completion", taskId)
                .then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("onTime", equalTo(false));

        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "plan.events")) {
            List<ConsumerRecord<String, String>> events = reader.await(
                    record -> taskId.equals(record.key()) && TopicReader.withHeader("ce_type", COMPLETED).test(record),
                    Duration.ofSeconds(20));
            assertThat(events).hasSize(1);
            ConsumerRecord<String, String> event = events.get(0);
            assertThat(TopicReader.header(event, "ce_type")).contains("vn.tthc.plan.task.completed.v1");
            assertThat(TopicReader.header(event, "ce_source")).contains("/tthc/plan-service");
            assertThat(TopicReader.header(event, "ce_subject")).contains("tasks/" + taskId);
            assertThat(TopicReader.header(event, "ce_id")).isPresent();
            assertThat(TopicReader.header(event, "ce_time")).isPresent();
            assertThat(EventSchema.forType("plan-service", "vn.tthc.plan.task.completed.v1").violations(event.value())).isEmpty();
            assertThat(event.value())
                    .contains("\"onTime\":false")
                    .contains("\"dueDate\":\"2025-03-31\"")
                    .contains("\"completedOn\":\"2025-04-02\"")
                    .contains("\"leadUnitCode\":\"SKHCN-VP\"");
        }
    }

    @Test
    void completingATaskTwiceIsAConflictAndPublishesNothingMore() {
        clock.setDay(LocalDate.of(2025, 6, 18));
        String planId = given().contentType(ContentType.JSON).body("{\"title\":\"Kế hoạch thử\"}")
                .post("/plans").then().statusCode(201).extract().path("id");
        String taskId = given().contentType(ContentType.JSON)
                .body("{\"content\":\"Nhiệm vụ\",\"leadUnitCode\":\"SKHCN-VP\"}")
                .post("/plans/{id}/tasks", planId).then().statusCode(201).extract().path("id");
        // Completed without a date: the day it is in Vietnam by the service's clock (set above, so never the wall
        // clock's day, which a run around midnight could see change between the call and the assertion).
        given().contentType(ContentType.JSON).body("{}").post("/tasks/{id}/completion", taskId)
                .then().statusCode(200).body("completedOn", equalTo("2025-06-18"));

        given().contentType(ContentType.JSON).body("{}").post("/tasks/{id}/completion", taskId)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/task.already-done"))
                .body("detail", equalTo("Nhiệm vụ đã hoàn thành."));
        // A later event of the same task (same key, so same partition, relayed in order) closes the window: any
        // completion event from the refused call would have been published before it.
        given().contentType(ContentType.JSON).body("{}").post("/tasks/{id}/reopen", taskId).then().statusCode(200);

        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "plan.events")) {
            assertThat(reader.await(record -> taskId.equals(record.key()) && TopicReader.withHeader("ce_type", REOPENED).test(record),
                    Duration.ofSeconds(20))).as("the reopening of task %s on plan.events", taskId).hasSize(1);
            List<ConsumerRecord<String, String>> completed = reader.await(record -> taskId.equals(record.key())
                    && TopicReader.withHeader("ce_type", COMPLETED).test(record), Duration.ofSeconds(1));
            assertThat(completed).as("completion events of task %s", taskId).hasSize(1);
            assertThat(completed.get(0).value()).contains("\"completedOn\":\"2025-06-18\"");
        }
    }
}
