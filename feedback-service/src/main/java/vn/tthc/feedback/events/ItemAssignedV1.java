package vn.tthc.feedback.events;

import vn.tthc.feedback.FeedbackItem;
import vn.tthc.feedback.Step;

import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.tthc.feedback.item.assigned.v1}: within competence, assigned to a division. */
public record ItemAssignedV1(UUID itemId, String trackingCode, String receivingUnitCode, String handlingUnitCode,
                             LocalDate assignedOn, LocalDate handlingDueDate, LocalDate answerDueDate,
                             String field) implements ItemEvent {

    public static final String TYPE = "vn.tthc.feedback.item.assigned.v1";

    public static ItemAssignedV1 of(FeedbackItem item, Step handling) {
        return new ItemAssignedV1(item.id(), item.trackingCode(), item.receivingUnitCode(), item.handlingUnitCode(),
                handling.startedOn(), handling.dueDate(), item.answerDueDate(), item.field());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
