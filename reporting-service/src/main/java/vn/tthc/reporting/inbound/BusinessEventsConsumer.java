package vn.tthc.reporting.inbound;

import vn.tthc.platform.events.inbound.IncomingEvent;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.tthc.reporting.inbound.EventApplier;

/**
 * Reads plan-service's and feedback-service's events; a record that cannot be applied goes to the topic's
 * dead-letter topic ({@code plan.events.dlt}, {@code feedback.events.dlt}) and reading goes on.
 */
@ApplicationScoped
public class BusinessEventsConsumer {

    private final EventApplier applier;

    public BusinessEventsConsumer(EventApplier applier) {
        this.applier = applier;
    }

    @Incoming("plan-events")
    @Blocking
    public void consumePlanEvent(ConsumerRecord<String, String> record) {
        applier.apply(IncomingEvent.from(record));
    }

    @Incoming("feedback-events")
    @Blocking
    public void consumeFeedbackEvent(ConsumerRecord<String, String> record) {
        applier.apply(IncomingEvent.from(record));
    }
}
