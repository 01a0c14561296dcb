package vn.tthc.feedback;

/** Where a feedback item (PAKN) stands in its workflow. */
public enum ItemStatus {
    /** Recorded, waiting to be classified. */
    RECEIVED,
    /** Classified as not accepted (không tiếp nhận); the sender sees the reason. Final. */
    NOT_ACCEPTED,
    /** Sent to another body: the one handling officials' conduct, or the competent agency. Final here. */
    TRANSFERRED,
    /** Within the receiving agency's competence, assigned to a division. */
    ASSIGNED,
    /** The division is studying it. */
    IN_PROGRESS,
    /** The division drafted the answer. */
    ANSWER_DRAFTED,
    /** The department approved the answer. */
    ANSWER_APPROVED,
    /** The answer was sent to the sender. */
    ANSWERED,
    /** The answer was published. Final. */
    PUBLISHED,
    /** A duplicate, merged into another item. Final. */
    MERGED;

    public boolean isFinal() {
        return this == NOT_ACCEPTED || this == TRANSFERRED || this == PUBLISHED || this == MERGED;
    }
}
