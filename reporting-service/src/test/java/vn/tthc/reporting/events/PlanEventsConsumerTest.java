package vn.tthc.reporting.events;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlanEventsConsumerTest {

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void openProducer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers()), new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void countsTaskCompletionsOnTimeAndLatePerUnitAndPeriod() throws Exception {
        String unit = "UNIT-" + UUID.randomUUID();
        send(PlanEventFixtures.taskCompleted(UUID.randomUUID().toString(), unit, "2025-03-10", true));
        send(PlanEventFixtures.taskCompleted(UUID.randomUUID().toString(), unit, "2025-03-20", false));
        send(PlanEventFixtures.taskCompleted(UUID.randomUUID().toString(), unit, "2025-06-01", true));

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
    void aRedeliveredEventChangesNothing() throws Exception {
        String unit = "UNIT-" + UUID.randomUUID();
        ProducerRecord<String, String> event = PlanEventFixtures.taskCompleted(UUID.randomUUID().toString(), unit, "2025-03-10", true);
        send(event);
        send(event);
        String marker = "UNIT-" + UUID.randomUUID();
        send(PlanEventFixtures.taskCompleted(UUID.randomUUID().toString(), marker, "2025-03-10", true));

        // The marker is sent after the duplicate on the same partition key space; once it counts, both copies were read.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("unitCode", marker)
                .get("/aggregates/task-completions").then().body("completed", equalTo(1)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> given()
                .queryParam("unitCode", unit).get("/aggregates/task-completions")
                .then().body("completed", equalTo(1)));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        send(new ProducerRecord<>("plan.events", key, "{not json"));
        ProducerRecord<String, String> broken = PlanEventFixtures.taskCompleted(UUID.randomUUID().toString(), "X", "2025-03-10", true);
        send(new ProducerRecord<>("plan.events", null, key + "-2", "{\"leadUnitCode\": 42, \"completedOn\": \"hôm qua\"}",
                broken.headers()));
        String unit = "UNIT-" + UUID.randomUUID();
        send(PlanEventFixtures.taskCompleted(UUID.randomUUID().toString(), unit, "2025-03-10", false));

        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "plan.events.dlt")) {
            assertThat(deadLetters.await(record -> key.equals(record.key()), Duration.ofSeconds(20))).hasSize(1);
            assertThat(deadLetters.await(record -> (key + "-2").equals(record.key()), Duration.ofSeconds(20))).hasSize(1);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("unitCode", unit)
                .get("/aggregates/task-completions").then().body("late", equalTo(1)));
    }


    private void send(ProducerRecord<String, String> record) throws Exception {
        producer.send(record).get(10, TimeUnit.SECONDS);
    }
}
