package vn.tthc.reporting.inbound;

import vn.tthc.reporting.events.PlanEventFixtures;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;
import vn.tthc.reporting.TestKafka;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlanEventsConsumerTest {

    @Test
    void countsTaskCompletionsOnTimeAndLatePerUnitAndPeriod() {
        String unit = "UNIT-" + UUID.randomUUID();
        send(PlanEventFixtures.taskCompleted(unit, "2025-03-10", true));
        send(PlanEventFixtures.taskCompleted(unit, "2025-03-20", false));
        send(PlanEventFixtures.taskCompleted(unit, "2025-06-01", true));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .queryParam("unitCode", unit)
                .get("/aggregates/task-completions")
                .then().statusCode(200).body("completed", equalTo(3)));
        given().queryParam("unitCode", unit).queryParam("from", "2025-03-15").queryParam("to", "2025-06-14")
                .get("/aggregates/task-completions")
                .then().statusCode(200)
                .body("completed", equalTo(2))
                .body("onTime", equalTo(1))
                .body("late", equalTo(1));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String unit = "UNIT-" + UUID.randomUUID();
        ProducerRecord<String, String> event = PlanEventFixtures.taskCompleted(unit, "2025-03-10", true);
        send(event);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("unitCode", unit)
                .get("/aggregates/task-completions").then().body("completed", equalTo(1)));

        send(event);
        // Not a marker under another key (it may sit on another partition and be read first): the group's committed
        // offsets reach the end of every partition, so the redelivered copy has been read and acknowledged.
        TestKafka.awaitConsumedToEnd("plan.events");
        given().queryParam("unitCode", unit).get("/aggregates/task-completions")
                .then().body("completed", equalTo(1)).body("onTime", equalTo(1));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        String key = "poison-" + UUID.randomUUID();
        send(new ProducerRecord<>("plan.events", key, "{not json"));
        ProducerRecord<String, String> broken = PlanEventFixtures.taskCompleted("X", "2025-03-10", true);
        send(new ProducerRecord<>("plan.events", null, key + "-2", "{\"leadUnitCode\": 42, \"completedOn\": \"hôm qua\"}",
                broken.headers()));
        String unit = "UNIT-" + UUID.randomUUID();
        send(PlanEventFixtures.taskCompleted(unit, "2025-03-10", false));

        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "plan.events.dlt")) {
            assertThat(deadLetters.await(record -> key.equals(record.key()), Duration.ofSeconds(20))).hasSize(1);
            assertThat(deadLetters.await(record -> (key + "-2").equals(record.key()), Duration.ofSeconds(20))).hasSize(1);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("unitCode", unit)
                .get("/aggregates/task-completions").then().body("late", equalTo(1)));
    }

    private static void send(ProducerRecord<String, String> record) {
        TestKafka.send(record);
    }
}
