package vn.tthc.platform.events.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventTest {

    private static ConsumerRecord<String, String> record(String value, String... headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("plan.events", 1, 42L, "key", value);
        for (int i = 0; i < headers.length; i += 2) {
            record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void theCloudEventsAttributesComeFromTheHeaders() {
        IncomingEvent event = IncomingEvent.from(record("{}", "ce_id", "e-1", "ce_type", "vn.tthc.plan.task.completed.v1",
                "ce_source", "/tthc/plan-service", "ce_subject", "tasks/1"));
        assertThat(event).isEqualTo(new IncomingEvent("e-1", "vn.tthc.plan.task.completed.v1", "/tthc/plan-service",
                "tasks/1", "{}"));
    }

    @Test
    void aRecordWithoutIdTypeOrDataIsUnreadable() {
        assertThatThrownBy(() -> IncomingEvent.from(record("{}", "ce_type", "t"))).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("plan.events/1@42");
        assertThatThrownBy(() -> IncomingEvent.from(record("{}", "ce_id", "e-1"))).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> IncomingEvent.from(record(null, "ce_id", "e-1", "ce_type", "t")))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("no data");
    }

    @Test
    void aReferenceRecordWithoutTypeIsTakenAsTheExpectedOne() {
        assertThat(IncomingEvent.hasType(record("{}"), "vn.tthc.plan.unit.v1")).isTrue();
        assertThat(IncomingEvent.hasType(record("{}", "ce_type", "vn.tthc.plan.unit.v1"), "vn.tthc.plan.unit.v1")).isTrue();
        assertThat(IncomingEvent.hasType(record("{}", "ce_type", "vn.tthc.plan.unit.v2"), "vn.tthc.plan.unit.v1")).isFalse();
    }
}
