package vn.tthc.feedback.events;

import vn.tthc.feedback.FeedbackItem;

import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.tthc.feedback.item.published.v1}: the answer was published. */
public record ItemPublishedV1(UUID itemId, String trackingCode, String handlingUnitCode, LocalDate answeredOn,
                              LocalDate publishedOn, String field) implements ItemEvent {

    public static final String TYPE = "vn.tthc.feedback.item.published.v1";

    public static ItemPublishedV1 of(FeedbackItem item) {
        return new ItemPublishedV1(item.id(), item.trackingCode(), item.handlingUnitCode(), item.answeredOn(),
                item.publishedOn(), item.field());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
