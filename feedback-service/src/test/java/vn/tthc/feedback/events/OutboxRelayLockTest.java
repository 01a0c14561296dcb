package vn.tthc.feedback.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.platform.events.outbox.OutboxRelay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One outbox relay works at a time across the service's instances: the relay holds the PostgreSQL advisory lock
 * {@code tthc.outbox.lock-key} for its round (a session lock; no transaction stays open while Kafka is awaited), and
 * a transaction-level lock on the same key excludes it as well. Another instance is a second database connection here,
 * in the middle of its own round (lock taken, transaction open): while it holds the lock this instance's relay sends
 * nothing, neither its scheduled rounds nor the wake-ups of the commits; once the other round ends, everything goes
 * out exactly once and in order.
 */
@QuarkusTest
class OutboxRelayLockTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void whileAnotherInstanceHoldsTheRelayLockNothingIsSentThenEverythingOnceInOrder() throws Exception {
        long lockKey = ConfigProvider.getConfig().getValue("tthc.outbox.lock-key", Long.class);
        String id = UUID.randomUUID().toString();
        try (Connection otherInstance = connect()) {
            otherInstance.setAutoCommit(false);
            // The other instance's relay round: the lock, waiting if this instance's relay is in a round just now.
            try (PreparedStatement lock = otherInstance.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, lockKey);
                lock.executeQuery().close();
            }

            for (int step = 1; step <= 5; step++) {
                int current = step;
                // Each commit also wakes this instance's relay up.
                QuarkusTransaction.requiringNew().run(() -> outbox.record(new OutboxTest.Probe(id, current)));
            }
            assertThat(relay.relayBatch()).as("events relayed by this instance while the other holds the lock").isZero();
            assertThat(relay.relayBatch()).as("events relayed by this instance while the other holds the lock").isZero();
            assertThat(publishedAt(id)).as("the probe's outbox rows while the other instance holds the lock")
                    .hasSize(5).containsOnlyNulls();
            assertThat(TopicReader.readToEnd(bootstrapServers(), "feedback.events"))
                    .as("records of the probe on feedback.events while the lock is held")
                    .noneMatch(record -> id.equals(record.key()));

            otherInstance.commit();
        }

        // The other round is over: the relay (looking again every 0.5 s) now sends the waiting events.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publishedAt(id)).hasSize(5).doesNotContainNull());
        // A row is marked sent only after Kafka acknowledged it, so the topic up to its end now holds every send.
        List<String> values = TopicReader.readToEnd(bootstrapServers(), "feedback.events").stream()
                .filter(record -> id.equals(record.key())).map(ConsumerRecord::value).toList();
        assertThat(values).as("the probe's records on feedback.events").containsExactlyElementsOf(
                IntStream.rangeClosed(1, 5).mapToObj(step -> "{\"id\":\"" + id + "\",\"step\":" + step + "}").toList());
    }

    private static List<java.sql.Timestamp> publishedAt(String aggregateId) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "select published_at from outbox_event where aggregate_id = ? order by sequence")) {
            query.setString(1, aggregateId);
            List<java.sql.Timestamp> published = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    published.add(rows.getTimestamp(1));
                }
            }
            return published;
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static String bootstrapServers() {
        return TestInfrastructure.get().kafka().bootstrapServers();
    }
}
