package vn.tthc.platform.events.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event this service publishes. The record's components are the JSON payload; the methods give the
 * CloudEvents attributes and the Kafka key.
 */
public interface DomainEvent {

    /** Versioned CloudEvents type, {@code vn.tthc.plan.<aggregate>.<what-happened>.v<N>}. */
    @JsonIgnore
    String type();

    @JsonIgnore
    String aggregateType();

    /** The Kafka key: events of one aggregate stay in order. */
    @JsonIgnore
    String aggregateId();

    /** The CloudEvents subject: what the event is about, e.g. {@code tasks/<id>}. */
    @JsonIgnore
    String subject();

    /** The topic, when not the service's main events topic (e.g. a compacted reference-data topic). */
    @JsonIgnore
    default String topic() {
        return null;
    }
}
