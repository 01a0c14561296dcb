package vn.tthc.feedback.events;

import vn.tthc.feedback.FeedbackItem;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code vn.tthc.feedback.item.classified.v1}: not accepted, transferred (conduct or outside competence) or
 * assigned; {@code onTime} says whether it was classified within the transfer time limit.
 */
public record ItemClassifiedV1(UUID itemId, String trackingCode, String classification, String notAcceptedReason,
                               String receivingUnitCode, LocalDate receivedOn, LocalDate classifiedOn,
                               LocalDate dueDate, boolean onTime, String field) implements ItemEvent {

    public static final String TYPE = "vn.tthc.feedback.item.classified.v1";

    public static ItemClassifiedV1 of(FeedbackItem item, LocalDate classifiedOn, LocalDate dueDate) {
        return new ItemClassifiedV1(item.id(), item.trackingCode(), item.classification().name(),
                item.notAcceptedReason() == null ? null : item.notAcceptedReason().name(), item.receivingUnitCode(),
                item.receivedOn(), classifiedOn, dueDate, !classifiedOn.isAfter(dueDate), item.field());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
