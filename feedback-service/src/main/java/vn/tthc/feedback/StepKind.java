package vn.tthc.feedback;

/** The time-limited steps of an item's handling, each with its own due date in working days. */
public enum StepKind {
    /** From receipt to classification (not accepted, transferred or assigned): transfer within 5 working days. */
    CLASSIFICATION,
    /** The division studies the item and reports back with a draft answer. */
    HANDLING,
    /** The department approves and sends the answer. */
    ANSWER,
    /** The sent answer is published. */
    PUBLICATION
}
