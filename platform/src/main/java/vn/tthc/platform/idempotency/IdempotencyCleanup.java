package vn.tthc.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.time.Clock;

/** Forgets idempotency keys whose retention ended, every {@code tthc.idempotency.cleanup-interval} (an hour). */
@ApplicationScoped
public class IdempotencyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    private final IdempotentRequests requests;
    private final Clock clock;

    public IdempotencyCleanup(IdempotentRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(every = "${tthc.idempotency.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        deleteExpired();
    }

    /** Deletes the expired keys now; how many. */
    public int deleteExpired() {
        int deleted = QuarkusTransaction.requiringNew().call(() -> requests.deleteExpired(clock.instant()));
        if (deleted > 0) {
            LOG.debugf("Forgot %d expired idempotency keys", deleted);
        }
        return deleted;
    }
}
