package vn.tthc.feedback.events;

import vn.tthc.platform.events.outbox.DomainEvent;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.UUID;

/** An event about a feedback item: on feedback.events, key = item id, ce_subject = items/&lt;id&gt;. */
public interface ItemEvent extends DomainEvent {

    UUID itemId();

    @Override
    @JsonIgnore
    default String aggregateType() {
        return "item";
    }

    @Override
    @JsonIgnore
    default String aggregateId() {
        return itemId().toString();
    }

    @Override
    @JsonIgnore
    default String subject() {
        return "items/" + itemId();
    }
}
