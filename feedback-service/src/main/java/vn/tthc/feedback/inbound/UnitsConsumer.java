package vn.tthc.feedback.inbound;

import vn.tthc.platform.events.inbound.EventJson;
import vn.tthc.platform.events.inbound.UnreadableEventException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.tthc.platform.events.inbound.DeadLetters;
import org.eclipse.microprofile.reactive.messaging.Incoming;


/**
 * Keeps the read-only replica of plan-service's organisation tree: reads the compacted topic plan.units
 * from the beginning (consumer group feedback-service), applies each unit's snapshot, deletes on a
 * tombstone. A record that cannot be read goes to plan.units.dlt and reading goes on.
 */
@ApplicationScoped
public class UnitsConsumer {

    /** The fields of {@code vn.tthc.plan.unit.v1} this service uses; the rest is ignored (tolerant reader). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitSnapshot(String code, String name, String kind, String parentCode, Long version, String abbreviation,
                               String place, String headerName, String signingAuthority, String signerTitle,
                               String signerName) {
    }

    private final UnitReplicaService replica;
    private final EventJson json;
    private final DeadLetters deadLetters;

    public UnitsConsumer(UnitReplicaService replica, EventJson json, DeadLetters deadLetters) {
        this.replica = replica;
        this.json = json;
        this.deadLetters = deadLetters;
    }

    @Incoming("plan-units")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deadLetters.counting("plan-units", record, () -> applyRecord(record));
    }

    private void applyRecord(ConsumerRecord<String, String> record) {
        String code = record.key();
        if (code == null || code.isBlank()) {
            throw new UnreadableEventException("plan.units record without a key at " + record.partition() + "@" + record.offset());
        }
        if (record.value() == null) {
            replica.remove(code);
            return;
        }
        UnitSnapshot unit = json.read(record.value(), UnitSnapshot.class, "plan.units record " + code);
        if (unit.code() == null || !unit.code().equals(code) || unit.name() == null || unit.kind() == null) {
            throw new UnreadableEventException("plan.units record " + code + " lacks code, name or kind, or its code is not its key");
        }
        replica.apply(unit);
    }
}
