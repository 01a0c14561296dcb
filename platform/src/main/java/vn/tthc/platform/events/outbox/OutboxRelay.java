package vn.tthc.platform.events.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows to Kafka in the order they were written and marks them sent. One relay works at
 * a time across all replicas (a PostgreSQL advisory lock), and a round stops at the first event Kafka
 * does not acknowledge, so events of an aggregate never overtake one another. Unsent events wait for
 * the next round: nothing is lost while Kafka is down. Each service names its own lock
 * ({@code tthc.outbox.lock-key}) and its topic (the channel {@value #CHANNEL}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The outgoing channel every service configures with its events topic ({@code mp.messaging.outgoing.outbox.*}). */
    public static final String CHANNEL = "outbox";

    private final EntityManager entityManager;
    private final MutinyEmitter<Record<String, String>> emitter;
    private final EventsConfig config;
    private final Clock clock;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile boolean stopping;
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay-wake-up");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(EntityManager entityManager, @Channel(CHANNEL) MutinyEmitter<Record<String, String>> emitter,
                       EventsConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.config = config;
        this.clock = clock;
    }

    /** Relays soon, on the relay's own thread; many calls while one is pending make one round. */
    public void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpPending.set(false);
                try {
                    relayPending();
                } catch (RuntimeException e) {
                    LOG.warn("Outbox relay round failed; the scheduled round will retry", e);
                }
            });
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
        wakeUps.shutdownNow();
    }

    @Scheduled(every = "${tthc.outbox.relay-interval:0.5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    synchronized void relayPending() {
        if (stopping) {
            return;
        }
        int sent;
        do {
            sent = relayBatch();
        } while (sent == config.outbox().batchSize());
    }

    /** Relays one batch of pending events; returns how many Kafka acknowledged. */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", config.outbox().lockKey())
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxEvent> pending = entityManager.createQuery(
                            "from OutboxEvent where publishedAt is null order by sequence", OutboxEvent.class)
                    .setMaxResults(config.outbox().batchSize())
                    .getResultList();
            int sent = 0;
            for (OutboxEvent event : pending) {
                try {
                    emitter.sendMessage(toMessage(event)).await().atMost(config.outbox().sendTimeout());
                    event.publishedAt = clock.instant();
                    sent++;
                } catch (RuntimeException e) {
                    event.attempts++;
                    event.lastError = truncate(String.valueOf(e.getMessage()));
                    LOG.warnf("Event %s (%s) not yet published, will retry: %s", event.id, event.eventType, e.getMessage());
                    break;
                }
            }
            return sent;
        });
    }

    private Message<Record<String, String>> toMessage(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.id.toString());
        header(headers, "ce_type", event.eventType);
        header(headers, "ce_source", config.events().source());
        header(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt));
        if (event.subject != null) {
            header(headers, "ce_subject", event.subject);
        }
        if (event.payload != null) {
            header(headers, "content-type", "application/json; charset=utf-8");
        }
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> metadata =
                OutgoingKafkaRecordMetadata.<String>builder().withKey(event.aggregateId).withHeaders(headers);
        if (event.topic != null) {
            metadata.withTopic(event.topic);
        }
        return Message.of(Record.of(event.aggregateId, event.payload)).addMetadata(metadata.build());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
