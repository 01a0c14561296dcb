package vn.tthc.feedback.events;

import vn.tthc.feedback.FeedbackItem;

import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.tthc.feedback.item.transferred.v1}: sent to the conduct body or the competent agency. */
public record ItemTransferredV1(UUID itemId, String trackingCode, String transferKind, String fromUnitCode,
                                String toUnitCode, String toAgency, LocalDate receivedOn, LocalDate transferredOn,
                                LocalDate dueDate, boolean onTime) implements ItemEvent {

    public static final String TYPE = "vn.tthc.feedback.item.transferred.v1";

    public static ItemTransferredV1 of(FeedbackItem item, LocalDate transferredOn, LocalDate dueDate) {
        return new ItemTransferredV1(item.id(), item.trackingCode(), item.classification().name(),
                item.receivingUnitCode(), item.transferUnitCode(), item.transferAgency(), item.receivedOn(),
                transferredOn, dueDate, !transferredOn.isAfter(dueDate));
    }

    @Override
    public String type() {
        return TYPE;
    }
}
