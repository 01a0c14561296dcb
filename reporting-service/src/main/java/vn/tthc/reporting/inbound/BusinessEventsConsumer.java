package vn.tthc.reporting.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads plan-service's and feedback-service's events in batches (what one poll returns; the channels are
 * configured with {@code batch=true}) and applies each batch at once; a record that cannot be applied goes to the
 * topic's dead-letter topic ({@code plan.events.dlt}, {@code feedback.events.dlt}) and reading goes on. The batch's
 * offsets are committed once it is applied.
 */
@ApplicationScoped
public class BusinessEventsConsumer {

    private final EventApplier applier;

    public BusinessEventsConsumer(EventApplier applier) {
        this.applier = applier;
    }

    @Incoming("plan-events")
    @Blocking
    public void consumePlanEvents(ConsumerRecords<String, String> records) {
        applier.applyRecords("plan-events", list(records));
    }

    @Incoming("feedback-events")
    @Blocking
    public void consumeFeedbackEvents(ConsumerRecords<String, String> records) {
        applier.applyRecords("feedback-events", list(records));
    }

    private static List<ConsumerRecord<String, String>> list(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }
}
