package vn.tthc.reporting;

/** Where a unit's report stands. */
public enum SubmissionStatus {
    /** Being written (first version, or a correction after a return); the unit may save it again. */
    DRAFT,
    /** Sent to the receiving unit, waiting for its decision; not editable. */
    SUBMITTED,
    /** Sent back with a comment; the next save starts a new version. */
    RETURNED,
    /** Accepted by the receiving unit: locked, counted in the consolidated report. */
    ACCEPTED
}
