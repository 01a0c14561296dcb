package vn.tthc.feedback;

import java.util.EnumSet;
import java.util.Set;

import static vn.tthc.feedback.ItemStatus.ANSWERED;
import static vn.tthc.feedback.ItemStatus.ANSWER_APPROVED;
import static vn.tthc.feedback.ItemStatus.ANSWER_DRAFTED;
import static vn.tthc.feedback.ItemStatus.ASSIGNED;
import static vn.tthc.feedback.ItemStatus.IN_PROGRESS;
import static vn.tthc.feedback.ItemStatus.MERGED;
import static vn.tthc.feedback.ItemStatus.NOT_ACCEPTED;
import static vn.tthc.feedback.ItemStatus.PUBLISHED;
import static vn.tthc.feedback.ItemStatus.RECEIVED;
import static vn.tthc.feedback.ItemStatus.TRANSFERRED;

/**
 * The workflow's transitions: from which statuses each action may be taken and where it leads. This table
 * is the whole state machine; {@link FeedbackItem} refuses anything it does not allow.
 */
public enum Action {
    RECEIVE(EnumSet.noneOf(ItemStatus.class), RECEIVED),
    /** Classified as not accepted (no name, no address or phone, not Vietnamese, a complaint or denunciation…). */
    REJECT(EnumSet.of(RECEIVED), NOT_ACCEPTED),
    /** About an official's conduct, or outside competence: transferred to another body. */
    TRANSFER(EnumSet.of(RECEIVED), TRANSFERRED),
    /** Within competence: assigned to a division. */
    ASSIGN(EnumSet.of(RECEIVED), ASSIGNED),
    START(EnumSet.of(ASSIGNED), IN_PROGRESS),
    DRAFT_ANSWER(EnumSet.of(IN_PROGRESS), ANSWER_DRAFTED),
    APPROVE_ANSWER(EnumSet.of(ANSWER_DRAFTED), ANSWER_APPROVED),
    /** The answer does not address the item: back to the division, before it is sent or published. */
    RETURN_ANSWER(EnumSet.of(ANSWER_DRAFTED, ANSWER_APPROVED), IN_PROGRESS),
    SEND_ANSWER(EnumSet.of(ANSWER_APPROVED), ANSWERED),
    PUBLISH(EnumSet.of(ANSWERED), PUBLISHED),
    /** More time for the current step; the status does not change. */
    EXTEND(EnumSet.of(ASSIGNED, IN_PROGRESS, ANSWER_DRAFTED, ANSWER_APPROVED), null),
    /** A duplicate closed into another item. */
    MERGE(EnumSet.of(RECEIVED, ASSIGNED, IN_PROGRESS), MERGED);

    private final Set<ItemStatus> from;
    private final ItemStatus to;

    Action(Set<ItemStatus> from, ItemStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ItemStatus status) {
        return from.contains(status);
    }

    /** The status after the action; the same status for an action that keeps it. */
    public ItemStatus target(ItemStatus current) {
        return to == null ? current : to;
    }

    public Set<ItemStatus> from() {
        return Set.copyOf(from);
    }
}
