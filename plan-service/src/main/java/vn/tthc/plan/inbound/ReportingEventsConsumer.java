package vn.tthc.plan.inbound;

import vn.tthc.platform.events.inbound.IncomingEvent;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads reporting-service's events; a record that cannot be applied goes to reporting.events.dlt and reading goes on. */
@ApplicationScoped
public class ReportingEventsConsumer {

    private final ReportSubmissions submissions;

    public ReportingEventsConsumer(ReportSubmissions submissions) {
        this.submissions = submissions;
    }

    @Incoming("reporting-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        submissions.apply(IncomingEvent.from(record));
    }
}
