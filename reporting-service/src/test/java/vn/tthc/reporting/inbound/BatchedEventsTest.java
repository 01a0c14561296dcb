package vn.tthc.reporting.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;
import vn.tthc.local.TopicSpec;
import vn.tthc.platform.events.inbound.ConsumerLag;
import vn.tthc.reporting.TestKafka;
import vn.tthc.reporting.events.PlanEventFixtures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * plan.events is read in batches (each poll's records applied in one transaction): what a batch holds counts once
 * however it is cut, an unreadable record in it goes to the dead-letter topic alone, and the meters of the event
 * path ({@code tthc.events.dead.lettered}, {@code tthc.kafka.consumer.lag}) move as the records do.
 */
@QuarkusTest
class BatchedEventsTest {

    @Inject
    MeterRegistry registry;

    @Inject
    ConsumerLag lag;

    @Test
    void aBurstWithDuplicatesAndAPoisonRecordCountsEachEventOnceAndDeadLettersOnlyThePoison() throws Exception {
        String unit = "UNIT-" + UUID.randomUUID();
        String poisonKey = "poison-" + UUID.randomUUID();
        double deadLetteredBefore = deadLettered();
        List<ProducerRecord<String, String>> burst = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            burst.add(PlanEventFixtures.taskCompleted(unit, "2025-03-" + (10 + i % 10), i % 3 != 0));
            if (i == 60) {
                ProducerRecord<String, String> template = PlanEventFixtures.taskCompleted(unit, "2025-03-10", true);
                burst.add(new ProducerRecord<>("plan.events", null, poisonKey, "{\"leadUnitCode\": 42}", template.headers()));
            }
        }
        // Redeliveries of ten events, in the same burst (likely the same batch) and again after it.
        List<ProducerRecord<String, String>> again = new ArrayList<>(burst.subList(0, 10));
        burst.addAll(again);
        sendAtOnce(burst);
        sendAtOnce(again);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("unitCode", unit)
                .get("/aggregates/task-completions").then().statusCode(200).body("completed", equalTo(120)));
        TestKafka.awaitConsumedToEnd("plan.events");
        given().queryParam("unitCode", unit).get("/aggregates/task-completions").then()
                .body("completed", equalTo(120)).body("onTime", equalTo(80)).body("late", equalTo(40));

        try (TopicReader deadLetters = new TopicReader(TestKafka.bootstrapServers(), "plan.events.dlt")) {
            assertThat(deadLetters.await(record -> poisonKey.equals(record.key()), Duration.ofSeconds(20))).hasSize(1);
        }
        assertThat(TopicReader.readToEnd(TestKafka.bootstrapServers(), "plan.events.dlt"))
                .as("dead letters of this unit's valid events").noneMatch(record -> record.value() != null && record.value().contains(unit));
        assertThat(deadLettered() - deadLetteredBefore).as("tthc.events.dead.lettered{group=reporting-service,topic=plan.events}")
                .isEqualTo(1.0);
    }

    @Test
    void consumerLagIsTheRecordsAfterTheGroupsCommittedOffsets() throws Exception {
        String topic = "lag.test." + UUID.randomUUID();
        TestInfrastructure.get().kafka().ensureTopics(List.of(new TopicSpec(topic, 1, Map.of())));
        String group = "lag-test-" + UUID.randomUUID();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            records.add(new ProducerRecord<>(topic, "k" + i, "v" + i));
        }
        sendAtOnce(records);
        assertThat(lag.lag(group, topic)).as("a group that committed nothing").isEqualTo(7);
        commit(group, topic, 5);
        assertThat(lag.lag(group, topic)).as("after committing offset 5").isEqualTo(2);
        commit(group, topic, 7);
        assertThat(lag.lag(group, topic)).as("after committing to the end").isZero();

        // The service's own groups: one gauge per group and topic, back to 0 once everything is consumed.
        TestKafka.awaitConsumedToEnd("plan.events");
        lag.refresh();
        assertThat(registry.get("tthc.kafka.consumer.lag").tags("group", "reporting-service", "topic", "plan.events").gauge().value())
                .isZero();
        assertThat(registry.get("tthc.kafka.consumer.lag").tags("group", "reporting-service", "topic", "feedback.events").gauge())
                .isNotNull();
    }

    private double deadLettered() {
        return registry.get("tthc.events.dead.lettered").tags("group", "reporting-service", "topic", "plan.events").counter().count();
    }

    private static void commit(String group, String topic, long offset) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group), new StringDeserializer(), new StringDeserializer())) {
            consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(offset)));
        }
    }

    /** Sends the records back to back, so that the consumer's polls return them in few batches. */
    private static void sendAtOnce(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new StringSerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }
}
