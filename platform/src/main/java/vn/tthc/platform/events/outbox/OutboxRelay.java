package vn.tthc.platform.events.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import vn.tthc.platform.telemetry.TraceContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes outbox rows to Kafka and marks them sent, on a thread of its own that keeps going while requests are
 * served: woken by every commit that records an event, it relays round after round as long as rows wait, and looks
 * again every {@code tthc.outbox.relay-interval} when idle.
 * <p>
 * A round reads up to {@code tthc.outbox.batch-size} unsent rows in the order they were written, sends them all,
 * then awaits every acknowledgement, and marks the acknowledged rows sent in one statement. No database transaction
 * is open while Kafka is awaited: each statement commits on its own, and one relay of the service's replicas works
 * at a time by a PostgreSQL session advisory lock ({@code tthc.outbox.lock-key}) held for the round.
 * <p>
 * Order per key: a round sends at most one row per key (topic and aggregate id), the oldest unsent one, so a row is
 * sent only after every earlier row of its key was acknowledged and marked. A row Kafka does not acknowledge (Kafka
 * down, a timeout) stays unsent with its attempt counted, and is the first of its key next time; the rows of other
 * keys go on. A row sent but not known to be acknowledged may be sent again (at least once; consumers skip an event
 * id they have applied), never after a later row of its key.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The outgoing channel every service configures with its events topic ({@code mp.messaging.outgoing.outbox.*}). */
    public static final String CHANNEL = "outbox";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /**
     * Fired (synchronously, on the relay's thread) when a round's records have all been handed to the producer and
     * their acknowledgements are about to be awaited.
     */
    public record BatchInFlight(int records) {
    }

    private final DataSource dataSource;
    private final KafkaClientService kafka;
    private final EventsConfig config;
    private final Clock clock;
    private final Tracer tracer;
    private final Event<BatchInFlight> inFlight;
    private final String defaultTopic;
    private final Counter relayed;
    private final Counter failed;
    private final ReentrantLock roundLock = new ReentrantLock();
    private final ReentrantLock wakeLock = new ReentrantLock();
    private final Condition wakeCondition = wakeLock.newCondition();
    private boolean wakeUpPending;
    private volatile boolean stopping;
    private Thread thread;

    public OutboxRelay(DataSource dataSource, KafkaClientService kafka, EventsConfig config, Clock clock, Tracer tracer,
                       MeterRegistry registry, Event<BatchInFlight> inFlight,
                       @ConfigProperty(name = "mp.messaging.outgoing.outbox.topic") String defaultTopic,
                       // Wires the channel, so that its Kafka producer (with the channel's settings) exists.
                       @Channel(CHANNEL) MutinyEmitter<Record<String, String>> channel) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.config = config;
        this.clock = clock;
        this.tracer = tracer;
        this.inFlight = inFlight;
        this.defaultTopic = defaultTopic;
        this.relayed = Counter.builder("tthc.outbox.relayed").description("Events the outbox relay published (acknowledged by Kafka)")
                .register(registry);
        this.failed = Counter.builder("tthc.outbox.failed")
                .description("Sends of outbox events that Kafka did not acknowledge (the event stays in the outbox and is sent again)")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        wakeUp();
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    /** Relays soon: many calls while the relay is busy make one more round. */
    public void wakeUp() {
        wakeLock.lock();
        try {
            wakeUpPending = true;
            wakeCondition.signal();
        } finally {
            wakeLock.unlock();
        }
    }

    private void run() {
        Duration idle = DurationConverter.parseDuration(config.outbox().relayInterval());
        Duration pause = Duration.ZERO;
        int failures = 0;
        while (!stopping) {
            try {
                Round round = rounds(ROUNDS_PER_LOCK);
                if (round.failed() > 0) {
                    failures++;
                    pause = backoff(idle, failures);
                } else {
                    failures = 0;
                    pause = round.more() ? Duration.ZERO : idle;
                }
            } catch (RuntimeException | SQLException e) {
                failures++;
                pause = backoff(idle, failures);
                LOG.warnf("Outbox relay round failed, trying again in %d ms: %s", pause.toMillis(), e.toString());
            }
            if (!pause.isZero()) {
                awaitWakeUp(pause, failures > 0);
            }
        }
    }

    private static Duration backoff(Duration idle, int failures) {
        long millis = Math.max(100, idle.toMillis()) << Math.min(failures - 1, 6);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    /** Waits for a wake-up or the pause; after a failure, only the pause (a commit is no sign that Kafka is back). */
    private void awaitWakeUp(Duration pause, boolean afterFailure) {
        wakeLock.lock();
        try {
            long nanos = pause.toNanos();
            while ((afterFailure || !wakeUpPending) && nanos > 0 && !stopping) {
                nanos = wakeCondition.awaitNanos(nanos);
            }
            wakeUpPending = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        } finally {
            wakeLock.unlock();
        }
    }

    /** What a round did: rows acknowledged and marked, rows not acknowledged, and whether more rows wait. */
    record Round(int sent, int failed, boolean more) {
        static final Round NOT_LEADER = new Round(0, 0, false);
    }

    /** Relays one round now (on the caller's thread, never at the same time as the relay's own); returns how many Kafka acknowledged. */
    public int relayBatch() {
        try {
            return round().sent();
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox relay round failed", e);
        }
    }

    private Round round() throws SQLException {
        return rounds(1);
    }

    /**
     * Up to {@code max} rounds under one taking of the lock, as long as events wait and Kafka acknowledges them; the
     * lock is released in between, so another replica's relay may take over.
     */
    private Round rounds(int max) throws SQLException {
        roundLock.lock();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!tryLock(connection)) {
                return Round.NOT_LEADER;
            }
            try {
                int sent = 0;
                Round round;
                int done = 0;
                do {
                    round = relay(connection);
                    sent += round.sent();
                    done++;
                } while (round.more() && round.failed() == 0 && done < max && !stopping);
                return new Round(sent, round.failed(), round.more());
            } finally {
                unlock(connection);
            }
        } finally {
            roundLock.unlock();
        }
    }

    /** Rounds the relay's thread makes under one taking of the lock while events wait. */
    private static final int ROUNDS_PER_LOCK = 20;

    private Round relay(Connection connection) throws SQLException {
        int limit = config.outbox().batchSize();
        long started = System.nanoTime();
        List<Pending> pending = pending(connection, limit);
        long fetched = System.nanoTime();
        if (pending.isEmpty()) {
            return new Round(0, 0, false);
        }
        List<Pending> batch = oldestPerKey(pending);
        Producer<String, String> producer = kafka.<String, String>getProducer(CHANNEL).unwrap();
        List<CompletableFuture<Void>> acknowledgements = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        boolean sendFailed = false;
        for (Pending row : batch) {
            if (sendFailed) {
                break;
            }
            Span span = span(row);
            CompletableFuture<Void> acknowledged = new CompletableFuture<>();
            try {
                producer.send(record(row, span), (metadata, exception) -> {
                    if (exception == null) {
                        acknowledged.complete(null);
                    } else {
                        acknowledged.completeExceptionally(exception);
                    }
                });
            } catch (RuntimeException e) {
                acknowledged.completeExceptionally(e);
            }
            if (acknowledged.isCompletedExceptionally()) {
                // Failed before it left, e.g. no metadata within max.block.ms (the producer reports that to the
                // callback at once): Kafka is unreachable, the rest of the batch waits for the next round rather than
                // each send blocking in turn.
                sendFailed = true;
            }
            acknowledgements.add(acknowledged);
            spans.add(span);
        }
        inFlight.fire(new BatchInFlight(acknowledgements.size()));
        long handedOver = System.nanoTime();

        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        List<UUID> sent = new ArrayList<>(acknowledgements.size());
        List<UUID> notSent = new ArrayList<>();
        String error = null;
        for (int i = 0; i < acknowledgements.size(); i++) {
            Pending row = batch.get(i);
            Span span = spans.get(i);
            try {
                acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(row.id());
                span.end();
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                notSent.add(row.id());
                error = error == null ? cause.getClass().getSimpleName() + ": " + cause.getMessage() : error;
                span.setStatus(StatusCode.ERROR, String.valueOf(cause.getMessage()));
                span.end();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                notSent.add(row.id());
                error = "interrupted";
                span.end();
            }
        }
        long acknowledged = System.nanoTime();
        markSent(connection, sent);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Round: %d read in %d ms, %d sent in %d ms, acknowledged after %d ms, marked in %d ms", pending.size(),
                    (fetched - started) / 1_000_000, batch.size(), (handedOver - fetched) / 1_000_000,
                    (acknowledged - handedOver) / 1_000_000, (System.nanoTime() - acknowledged) / 1_000_000);
        }
        if (!notSent.isEmpty()) {
            markAttempted(connection, notSent, error);
            failed.increment(notSent.size());
            LOG.warnf("%d of %d outbox events not acknowledged by Kafka, sent again later: %s", notSent.size(), batch.size(), error);
        }
        relayed.increment(sent.size());
        boolean more = pending.size() == limit || batch.size() < pending.size() || batch.size() > acknowledgements.size();
        return new Round(sent.size(), notSent.size(), more);
    }

    /** The unsent rows in the order they were written (the oldest first). */
    private static List<Pending> pending(Connection connection, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select id, aggregate_id, event_type, subject, occurred_at, payload, topic, traceparent
                from outbox_event where published_at is null order by sequence limit ?""")) {
            query.setInt(1, limit);
            List<Pending> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Pending(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                            result.getString(4), result.getTimestamp(5), result.getString(6), result.getString(7),
                            result.getString(8)));
                }
            }
            return rows;
        }
    }

    /** The oldest unsent row of each key, in order: every earlier row of that key has been acknowledged. */
    private List<Pending> oldestPerKey(List<Pending> pending) {
        Set<String> keys = new HashSet<>();
        List<Pending> batch = new ArrayList<>(pending.size());
        for (Pending row : pending) {
            if (keys.add(topicOf(row) + '\u0000' + row.aggregateId())) {
                batch.add(row);
            }
        }
        return batch;
    }

    private void markSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        // By the primary key alone: with "and published_at is null" the planner may take the partial index of unsent
        // rows and filter it by id, which costs the whole backlog per round (the bench saw 962 ms to mark 2,000 rows
        // with 50,000 waiting, falling as the backlog drained). A row already marked keeps its first time.
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = coalesce(published_at, ?) where id = any(?)")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            Array array = connection.createArrayOf("uuid", ids.toArray());
            update.setArray(2, array);
            update.executeUpdate();
            array.free();
        }
    }

    private static void markAttempted(Connection connection, List<UUID> ids, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where id = any(?)")) {
            update.setString(1, truncate(error));
            Array array = connection.createArrayOf("uuid", ids.toArray());
            update.setArray(2, array);
            update.executeUpdate();
            array.free();
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, config.outbox().lockKey());
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void unlock(Connection connection) {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, config.outbox().lockKey());
            unlock.executeQuery().close();
        } catch (SQLException e) {
            // The session keeps the lock: end it, which releases the lock, rather than return it to the pool.
            LOG.warnf("Could not release the outbox relay lock, closing the connection: %s", e.getMessage());
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // the connection is gone, and its lock with it
            }
        }
    }

    private Span span(Pending row) {
        Context parent = row.traceparent() == null ? Context.root() : TraceContext.extract(row.traceparent());
        return tracer.spanBuilder(topicOf(row) + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", topicOf(row))
                .setAttribute("messaging.message.id", row.id().toString())
                .setAttribute("messaging.kafka.message.key", row.aggregateId())
                .startSpan();
    }

    private ProducerRecord<String, String> record(Pending row, Span span) {
        Headers headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", row.id().toString());
        header(headers, "ce_type", row.eventType());
        header(headers, "ce_source", config.events().source());
        header(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(row.occurredAt().toInstant()));
        if (row.subject() != null) {
            header(headers, "ce_subject", row.subject());
        }
        if (row.payload() != null) {
            header(headers, "content-type", "application/json; charset=utf-8");
        }
        String traceparent = TraceContext.traceparent(Context.root().with(span));
        if (traceparent != null) {
            header(headers, TraceContext.TRACEPARENT, traceparent);
        }
        return new ProducerRecord<>(topicOf(row), null, row.aggregateId(), row.payload(), headers);
    }

    private String topicOf(Pending row) {
        return row.topic() == null ? defaultTopic : row.topic();
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String text) {
        String value = String.valueOf(text);
        return value.length() <= 2000 ? value : value.substring(0, 2000);
    }

    private record Pending(UUID id, String aggregateId, String eventType, String subject, Timestamp occurredAt,
                           String payload, String topic, String traceparent) {
    }
}
