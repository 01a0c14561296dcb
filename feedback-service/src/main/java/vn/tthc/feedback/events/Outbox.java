package vn.tthc.feedback.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Records an event in the outbox inside the caller's transaction, so that the event exists if and only
 * if the change it announces was committed.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateType = event.aggregateType();
        row.aggregateId = event.aggregateId();
        row.eventType = event.type();
        row.subject = event.subject();
        row.occurredAt = clock.instant();
        try {
            row.payload = objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event cannot be written as JSON: " + event.type(), e);
        }
        entityManager.persist(row);
        return row.id;
    }
}
