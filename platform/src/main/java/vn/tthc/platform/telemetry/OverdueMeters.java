package vn.tthc.platform.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Overdue counts, labelled by what is overdue ({@code what}: {@code task-occurrence}, {@code feedback-step},
 * {@code expected-report}): {@code tthc.overdue.marked}, how many the overdue jobs have marked (and announced), and
 * {@code tthc.overdue.open}, how many are overdue and still open now (as last counted).
 */
@ApplicationScoped
public class OverdueMeters {

    private final MeterRegistry registry;
    private final Map<String, Counter> marked = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> open = new ConcurrentHashMap<>();

    public OverdueMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code count} more were found overdue and announced. */
    public void marked(String what, int count) {
        marked.computeIfAbsent(what, key -> Counter.builder("tthc.overdue.marked")
                .description("Overdue items the overdue jobs marked and announced").tag("what", key).register(registry))
                .increment(count);
    }

    /** {@code count} are overdue and still open now. */
    public void open(String what, long count) {
        open.computeIfAbsent(what, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("tthc.overdue.open", value, AtomicLong::get)
                    .description("Items overdue and still open, as last counted").tag("what", key).register(registry);
            return value;
        }).set(count);
    }
}
