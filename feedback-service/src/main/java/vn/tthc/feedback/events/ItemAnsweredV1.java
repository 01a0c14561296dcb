package vn.tthc.feedback.events;

import vn.tthc.feedback.FeedbackItem;

import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.tthc.feedback.item.answered.v1}: the answer was sent, with its due date and whether it was on time. */
public record ItemAnsweredV1(UUID itemId, String trackingCode, String handlingUnitCode, String receivingUnitCode,
                             LocalDate receivedOn, LocalDate answeredOn, LocalDate dueDate, boolean onTime,
                             int extensions, String field) implements ItemEvent {

    public static final String TYPE = "vn.tthc.feedback.item.answered.v1";

    public static ItemAnsweredV1 of(FeedbackItem item) {
        return new ItemAnsweredV1(item.id(), item.trackingCode(), item.handlingUnitCode(), item.receivingUnitCode(),
                item.receivedOn(), item.answeredOn(), item.answerDueDate(), item.answeredOnTime(), item.extensions(),
                item.field());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
