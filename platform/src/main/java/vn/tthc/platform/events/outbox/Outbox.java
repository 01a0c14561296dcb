package vn.tthc.platform.events.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.tthc.platform.telemetry.TraceContext;

import java.time.Clock;
import java.util.UUID;

/**
 * Records an event in the outbox inside the caller's transaction, so that the event exists if and only
 * if the change it announces was committed. Once the transaction commits, the relay is woken so the event
 * leaves at once rather than at the relay's next round. The row keeps the current trace context
 * ({@code traceparent}), so that the relay's send and the consumers continue the trace of the request.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, Clock clock,
                  TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(DomainEvent event) {
        try {
            return store(event, objectMapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event cannot be written as JSON: " + event.type(), e);
        }
    }

    /** Records a tombstone (a null value) for the event's key on its compacted topic: the aggregate is gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID recordTombstone(DomainEvent event) {
        if (event.topic() == null) {
            throw new IllegalArgumentException("A tombstone belongs on a compacted topic: " + event.type());
        }
        return store(event, null);
    }

    private UUID store(DomainEvent event, String payload) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateType = event.aggregateType();
        row.aggregateId = event.aggregateId();
        row.eventType = event.type();
        row.subject = event.subject();
        row.topic = event.topic();
        row.occurredAt = clock.instant();
        row.payload = payload;
        // The relay's send continues this trace (the request or job that recorded the event).
        row.traceparent = TraceContext.current();
        entityManager.persist(row);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return row.id;
    }
}
