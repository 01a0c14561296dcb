package vn.tthc.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.tthc.reporting.service.EventApplier;

/** Reads plan-service's events; a record that cannot be applied goes to plan.events.dlt and reading goes on. */
@ApplicationScoped
public class PlanEventsConsumer {

    private final EventApplier applier;

    public PlanEventsConsumer(EventApplier applier) {
        this.applier = applier;
    }

    @Incoming("plan-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        applier.apply(IncomingEvent.from(record));
    }
}
