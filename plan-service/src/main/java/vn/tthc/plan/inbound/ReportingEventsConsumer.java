package vn.tthc.plan.inbound;

import vn.tthc.platform.events.inbound.IncomingEvent;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.tthc.platform.events.inbound.DeadLetters;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads reporting-service's events; a record that cannot be applied goes to reporting.events.dlt and reading goes on. */
@ApplicationScoped
public class ReportingEventsConsumer {

    private final ReportSubmissions submissions;
    private final DeadLetters deadLetters;

    public ReportingEventsConsumer(ReportSubmissions submissions, DeadLetters deadLetters) {
        this.submissions = submissions;
        this.deadLetters = deadLetters;
    }

    @Incoming("reporting-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deadLetters.counting("reporting-events", record, () -> applyRecord(record));
    }

    private void applyRecord(ConsumerRecord<String, String> record) {
        submissions.apply(IncomingEvent.from(record));
    }
}
