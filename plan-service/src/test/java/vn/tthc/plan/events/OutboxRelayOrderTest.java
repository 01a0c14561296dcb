package vn.tthc.plan.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tthc.local.KafkaBroker;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;
import vn.tthc.local.TopicSpec;
import vn.tthc.platform.events.outbox.DomainEvent;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.platform.events.outbox.OutboxMetrics;
import vn.tthc.platform.events.outbox.OutboxRelay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay sends a batch, then awaits its acknowledgements. Kafka (the real broker of the test
 * infrastructure) is stopped while a batch is in flight and started again later: no event is lost, and on the topic
 * the events of each key are in the order they were recorded (a key's event is sent only once every earlier one of
 * its key is acknowledged, so a retried event never lands after a later one). The relay's meters follow: events
 * relayed and failed, the backlog and the age of its oldest event. The relayed record carries the trace of the
 * transaction that recorded the event ({@code traceparent}), so the consumers continue it.
 */
@QuarkusTest
class OutboxRelayOrderTest {

    static final String STEPS_TOPIC = "relay.order.test";
    static final int KEYS = 8;
    static final int STEPS = 40;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxMetrics metrics;

    @Inject
    KafkaStopper stopper;

    @Inject
    Tracer tracer;

    /** One step of a key's sequence, on a scratch topic. */
    public record Step(String key, int step) implements DomainEvent {
        @Override
        public String type() {
            return "vn.tthc.test.relay-step.v1";
        }

        @Override
        public String aggregateType() {
            return "test";
        }

        @Override
        public String aggregateId() {
            return key;
        }

        @Override
        public String subject() {
            return "steps/" + key;
        }

        @Override
        public String topic() {
            return STEPS_TOPIC;
        }
    }

    /**
     * Stops Kafka once the armed batch is in flight (handed to the producer, acknowledgements not yet awaited): the
     * broker's shutdown starts then, while the relay goes on to await the batch.
     */
    @ApplicationScoped
    public static class KafkaStopper {
        private volatile int armedAfterBatches = -1;
        private final CountDownLatch stopped = new CountDownLatch(1);

        void arm(int batches) {
            armedAfterBatches = batches;
        }

        /** Through the bean's methods, not its fields: the injected reference is a client proxy. */
        boolean awaitStopped(long seconds) throws InterruptedException {
            return stopped.await(seconds, TimeUnit.SECONDS);
        }

        void onBatch(@Observes OutboxRelay.BatchInFlight batch) {
            if (armedAfterBatches > 0 && batch.records() > 0 && --armedAfterBatches == 0) {
                Thread stop = new Thread(() -> TestInfrastructure.get().kafka().stop(), "test-kafka-stop");
                stop.start();
                stopped.countDown();
            }
        }
    }

    @Test
    void kafkaStoppedMidBatchLosesNothingAndKeepsEachKeysOrder() throws Exception {
        KafkaBroker kafka = TestInfrastructure.get().kafka();
        kafka.ensureTopics(List.of(TopicSpec.events(STEPS_TOPIC)));
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = IntStream.range(0, KEYS).mapToObj(k -> "key-" + run + "-" + k).toList();
        double relayedBefore = counter("tthc.outbox.relayed");
        double failedBefore = counter("tthc.outbox.failed");

        stopper.arm(3);
        try {
            // Interleaved: each transaction records the next step of every key.
            for (int step = 1; step <= STEPS; step++) {
                int current = step;
                QuarkusTransaction.requiringNew().run(() -> keys.forEach(key -> outbox.record(new Step(key, current))));
            }
            assertThat(stopper.awaitStopped(120)).as("Kafka stopped while a batch was in flight").isTrue();

            // While Kafka is down: sends fail and are counted, the events wait in the outbox and the meters show them.
            await().atMost(Duration.ofSeconds(180)).until(() -> counter("tthc.outbox.failed") > failedBefore);
            metrics.refresh();
            assertThat(metrics.backlog()).as("tthc.outbox.backlog while Kafka is down").isPositive();
            assertThat(registry.get("tthc.outbox.backlog").gauge().value()).isEqualTo(metrics.backlog());
            assertThat(registry.get("tthc.outbox.oldest.unsent.age").gauge().value())
                    .as("tthc.outbox.oldest.unsent.age while events wait").isPositive();
            assertThat(unsent(run)).as("events of the test still in the outbox").isPositive();
        } finally {
            stopper.arm(-1);
            kafka.start();
        }

        await().atMost(Duration.ofSeconds(240)).until(() -> unsent(run) == 0);
        assertThat(attempted(run)).as("events whose first send Kafka did not acknowledge").isPositive();

        // Every row is marked sent only after its acknowledgement: the topic up to its end holds every send.
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        keys.forEach(key -> seen.put(key, new ArrayList<>()));
        ObjectMapper json = new ObjectMapper();
        for (ConsumerRecord<String, String> record : TopicReader.readToEnd(kafka.bootstrapServers(), STEPS_TOPIC)) {
            if (seen.containsKey(record.key())) {
                seen.get(record.key()).add(json.readTree(record.value()).path("step").asInt());
            }
        }
        for (String key : keys) {
            List<Integer> steps = seen.get(key);
            assertThat(steps).as("steps of %s on the topic, in order (a repeat only right after itself)", key).isSorted();
            assertThat(steps.stream().distinct().toList()).as("steps of %s, none lost", key)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, STEPS).boxed().toList());
        }

        assertThat(counter("tthc.outbox.relayed") - relayedBefore).as("tthc.outbox.relayed").isGreaterThanOrEqualTo(KEYS * STEPS);
        metrics.refresh();
        assertThat(metrics.backlog()).as("tthc.outbox.backlog once Kafka is back and the relay caught up").isZero();
        assertThat(registry.get("tthc.outbox.oldest.unsent.age").gauge().value()).isZero();
    }

    @Test
    void theRelayedRecordContinuesTheTraceOfTheTransactionThatRecordedTheEvent() throws Exception {
        KafkaBroker kafka = TestInfrastructure.get().kafka();
        kafka.ensureTopics(List.of(TopicSpec.events(STEPS_TOPIC)));
        String key = "traced-" + UUID.randomUUID();
        Span request = tracer.spanBuilder("a request").startSpan();
        String traceId = request.getSpanContext().getTraceId();
        try (Scope ignored = request.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.record(new Step(key, 1)));
        } finally {
            request.end();
        }
        try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), STEPS_TOPIC)) {
            ConsumerRecord<String, String> record = reader.await(r -> key.equals(r.key()), Duration.ofSeconds(60)).get(0);
            String traceparent = TopicReader.header(record, "traceparent").orElseThrow();
            assertThat(traceparent).as("the record's traceparent: the same trace, the relay's own span")
                    .startsWith("00-" + traceId + "-").doesNotContain(request.getSpanContext().getSpanId());
        }
    }

    private double counter(String name) {
        return registry.get(name).counter().count();
    }

    private long unsent(String run) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId like :run and e.publishedAt is null")
                .setParameter("run", "key-" + run + "-%").getSingleResult());
    }

    private long attempted(String run) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId like :run and e.attempts > 0")
                .setParameter("run", "key-" + run + "-%").getSingleResult());
    }
}
