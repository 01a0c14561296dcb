package vn.tthc.reporting.inbound;

import vn.tthc.platform.events.inbound.IncomingEvent;
import vn.tthc.platform.events.inbound.UnreadableEventException;
import vn.tthc.platform.events.inbound.EventJson;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.tthc.platform.events.inbound.DeadLetters;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.tthc.reporting.inbound.ReferenceDataReplica;

/**
 * Keeps the read-only replicas of other services' reference data from their compacted topics, read from the
 * beginning: units from {@code plan.units} (key = unit code), working days from {@code feedback.calendar}
 * (key = year). A record replaces what was known under its key, a tombstone removes it; an unreadable
 * record goes to the topic's dead-letter topic and reading goes on.
 */
@ApplicationScoped
public class ReferenceDataConsumer {

    private final ReferenceDataReplica replica;
    private final EventJson json;
    private final DeadLetters deadLetters;

    public ReferenceDataConsumer(ReferenceDataReplica replica, EventJson json, DeadLetters deadLetters) {
        this.replica = replica;
        this.json = json;
        this.deadLetters = deadLetters;
    }

    @Incoming("plan-units")
    @Blocking
    public void consumeUnit(ConsumerRecord<String, String> record) {
        deadLetters.counting("plan-units", record, () -> applyUnit(record));
    }

    private void applyUnit(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            if (record.key() == null) {
                throw new UnreadableEventException("tombstone without a key at plan.units@" + record.offset());
            }
            replica.removeUnit(record.key());
        } else if (IncomingEvent.hasType(record, UnitSnapshot.TYPE)) {
            UnitSnapshot unit = json.read(record.value(), UnitSnapshot.class, "unit snapshot " + record.key());
            unit.requireComplete(record.key());
            replica.putUnit(unit);
        }
    }

    @Incoming("feedback-calendar")
    @Blocking
    public void consumeCalendarYear(ConsumerRecord<String, String> record) {
        deadLetters.counting("feedback-calendar", record, () -> applyCalendarYear(record));
    }

    private void applyCalendarYear(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            replica.removeCalendarYear(yearOf(record.key()));
        } else if (IncomingEvent.hasType(record, CalendarYearPublished.TYPE)) {
            CalendarYearPublished year = json.read(record.value(), CalendarYearPublished.class, "calendar year " + record.key());
            year.requireComplete(record.key());
            replica.putCalendarYear(year);
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
