package vn.tthc.platform.events.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An event waiting in the outbox to be relayed to Kafka, or already relayed. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long sequence;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Null for a tombstone on a compacted topic. */
    public String payload;

    /** Null for the service's main events topic. */
    public String topic;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The W3C trace context of the request or job that recorded the event; null when there was none. */
    public String traceparent;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
