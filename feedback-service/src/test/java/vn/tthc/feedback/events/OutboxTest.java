package vn.tthc.feedback.events;

import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.platform.events.outbox.DomainEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    record Probe(String id, int step) implements DomainEvent {
        @Override
        public String type() {
            return "vn.tthc.feedback.probe.tested.v1";
        }

        @Override
        public String aggregateType() {
            return "probe";
        }

        @Override
        public String aggregateId() {
            return id;
        }

        @Override
        public String subject() {
            return "probes/" + id;
        }
    }

    @Test
    void committedEventsArePublishedInOrderWithTheAggregateIdAsKey() {
        String id = UUID.randomUUID().toString();
        for (int step = 1; step <= 5; step++) {
            int current = step;
            QuarkusTransaction.requiringNew().run(() -> outbox.record(new Probe(id, current)));
        }
        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "feedback.events")) {
            reader.await(record -> id.equals(record.key()) && record.value().contains("\"step\":5"), Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> events = reader.readFor(record -> id.equals(record.key()), Duration.ofMillis(500));
            assertThat(events).extracting(ConsumerRecord::value).containsExactly(
                    "{\"id\":\"" + id + "\",\"step\":1}", "{\"id\":\"" + id + "\",\"step\":2}",
                    "{\"id\":\"" + id + "\",\"step\":3}", "{\"id\":\"" + id + "\",\"step\":4}",
                    "{\"id\":\"" + id + "\",\"step\":5}");
            assertThat(TopicReader.header(events.get(0), "ce_source")).contains("/tthc/feedback-service");
        }
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.record(new Probe(id, 1));
            throw new IllegalStateException("the change fails after its event was recorded");
        })).isInstanceOf(IllegalStateException.class);
        String after = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.record(new Probe(after, 1)));

        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "feedback.events")) {
            assertThat(reader.await(record -> after.equals(record.key()), Duration.ofSeconds(20))).hasSize(1);
            assertThat(reader.readFor(record -> id.equals(record.key()), Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.record(new Probe("x", 1))).isInstanceOf(RuntimeException.class);
    }
}
