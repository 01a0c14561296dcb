package vn.tthc.platform.events.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The outbox as an operator sees it: how many events wait to be relayed ({@code tthc.outbox.backlog}) and how long
 * the oldest of them has waited ({@code tthc.outbox.oldest.unsent.age}, seconds; 0 when none waits). Read from the
 * database every {@code tthc.outbox.metrics-interval} (not at each scrape), so a scrape never waits on the database.
 * The relay's own counters are {@code tthc.outbox.relayed} and {@code tthc.outbox.failed}.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private record Snapshot(long backlog, Instant oldest) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(0, null));

    public OutboxMetrics(DataSource dataSource, Clock clock, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.clock = clock;
        Gauge.builder("tthc.outbox.backlog", this, metrics -> metrics.snapshot.get().backlog())
                .description("Events recorded in the outbox and not yet relayed to Kafka").register(registry);
        Gauge.builder("tthc.outbox.oldest.unsent.age", this, OutboxMetrics::oldestUnsentSeconds)
                .description("How long the oldest event not yet relayed has waited in the outbox (0 when none waits)")
                .baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "${tthc.outbox.metrics-interval:10s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (SQLException e) {
            LOG.debugf("Outbox metrics not refreshed: %s", e.getMessage());
        }
    }

    /** Reads the backlog and its oldest event now. */
    public void refresh() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select (select count(*) from outbox_event where published_at is null),
                            (select occurred_at from outbox_event where published_at is null order by sequence limit 1)""")) {
            rows.next();
            Timestamp oldest = rows.getTimestamp(2);
            snapshot.set(new Snapshot(rows.getLong(1), oldest == null ? null : oldest.toInstant()));
        }
    }

    /** Unsent events at the last refresh. */
    public long backlog() {
        return snapshot.get().backlog();
    }

    /** Seconds the oldest unsent event (at the last refresh) has waited until now; 0 when none waits. */
    public double oldestUnsentSeconds() {
        Instant oldest = snapshot.get().oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
