package vn.tthc.plan.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.tthc.platform.events.inbound.DeadLetters;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.tthc.platform.events.inbound.IncomingEvent;
import vn.tthc.platform.events.inbound.UnreadableEventException;

/**
 * Reads feedback-service's working-day calendar from the compacted topic {@code feedback.calendar} (key = the
 * year), from the beginning, so that task due dates and the overdue job count working days. A record of
 * another type (a later version) is left alone; an unreadable one goes to {@code feedback.calendar.dlt} and
 * reading goes on.
 */
@ApplicationScoped
public class CalendarConsumer {

    private final CalendarYearApplier replica;
    private final DeadLetters deadLetters;

    public CalendarConsumer(CalendarYearApplier replica, DeadLetters deadLetters) {
        this.replica = replica;
        this.deadLetters = deadLetters;
    }

    @Incoming("feedback-calendar")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deadLetters.counting("feedback-calendar", record, () -> applyRecord(record));
    }

    private void applyRecord(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            replica.forget(yearOf(record.key()));
        } else if (IncomingEvent.hasType(record, CalendarYearPublished.TYPE)) {
            replica.apply(record.key(), IncomingEvent.from(record));
        }
    }

    private static int yearOf(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException | NullPointerException e) {
            throw new UnreadableEventException("calendar tombstone with a key that is not a year: " + key);
        }
    }
}
