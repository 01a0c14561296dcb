package vn.tthc.feedback;

/** What a caller wants to do with a feedback item; {@link Caller#may} says whether they may. */
public enum ItemAction {
    /** Read the item, its attachments, history and duplicates. */
    READ,
    /** Classify (not accepted, transfer, assign), extend a step, link, dismiss or merge duplicates. */
    CLASSIFY,
    /** Start handling and draft the answer. */
    HANDLE,
    /** Approve or return the draft answer. */
    APPROVE,
    /** Send and publish the approved answer. */
    SEND
}
