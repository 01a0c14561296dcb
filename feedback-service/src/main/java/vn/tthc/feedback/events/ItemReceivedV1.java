package vn.tthc.feedback.events;

import vn.tthc.feedback.FeedbackItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.tthc.feedback.item.received.v1}; no personal data of the sender. Schema: events/&lt;type&gt;.json */
public record ItemReceivedV1(UUID itemId, String trackingCode, Instant receivedAt, LocalDate receivedOn,
                             String receivingUnitCode, String channel, String field, String procedureCode,
                             LocalDate classificationDueDate) implements ItemEvent {

    public static final String TYPE = "vn.tthc.feedback.item.received.v1";

    public static ItemReceivedV1 of(FeedbackItem item, LocalDate classificationDue) {
        return new ItemReceivedV1(item.id(), item.trackingCode(), item.receivedAt(), item.receivedOn(),
                item.receivingUnitCode(), item.channel().name(), item.field(), item.procedureCode(), classificationDue);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
