package vn.tthc.plan.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tthc.local.KafkaBroker;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class KafkaOutageTest {

    @Inject
    EntityManager entityManager;

    @Test
    void eventsWaitInTheOutboxWhileKafkaIsDownAndLeaveOnceItIsBack() throws Exception {
        String planId = given().contentType(ContentType.JSON).body("{\"title\":\"Kế hoạch\"}")
                .post("/plans").then().statusCode(201).extract().path("id");
        String first = addTask(planId);
        String second = addTask(planId);

        KafkaBroker kafka = TestInfrastructure.get().kafka();
        kafka.stop();
        try {
            given().contentType(ContentType.JSON).body("{}").post("/tasks/{id}/completion", first).then().statusCode(200);
            given().contentType(ContentType.JSON).body("{}").post("/tasks/{id}/completion", second).then().statusCode(200);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> pending(first) == 1 && pending(second) == 1);
        } finally {
            kafka.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> pending(first) == 0 && pending(second) == 0);
        try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), "plan.events")) {
            reader.await(record -> second.equals(record.key())
                    && TopicReader.withHeader("ce_type", "vn.tthc.plan.task.completed.v1").test(record), Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> events = reader.readFor(
                    record -> (first.equals(record.key()) || second.equals(record.key()))
                            && TopicReader.withHeader("ce_type", "vn.tthc.plan.task.completed.v1").test(record), Duration.ofMillis(500));
            assertThat(events).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(first, second);
        }
    }

    private long pending(String taskId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(e) from OutboxEvent e where e.aggregateId = :id and e.publishedAt is null"
                        + " and e.eventType = 'vn.tthc.plan.task.completed.v1'")
                .setParameter("id", taskId).getSingleResult());
    }

    private String addTask(String planId) {
        return given().contentType(ContentType.JSON)
                .body("{\"content\":\"Nhiệm vụ " + UUID.randomUUID() + "\",\"leadUnitCode\":\"SKHCN-VP\"}")
                .post("/plans/{id}/tasks", planId).then().statusCode(201).extract().path("id");
    }
}
