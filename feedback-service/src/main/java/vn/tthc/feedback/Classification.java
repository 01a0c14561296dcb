package vn.tthc.feedback;

/** The outcome of classifying a received item (Decree 20/2008/NĐ-CP). */
public enum Classification {
    /** Does not meet the conditions for acceptance (không tiếp nhận). */
    NOT_ACCEPTED,
    /** About an official's conduct: goes to the body that handles conduct. */
    CONDUCT,
    /** Within the receiving agency's competence: handled by one of its divisions. */
    WITHIN_COMPETENCE,
    /** Outside its competence: transferred to the competent agency. */
    OUTSIDE_COMPETENCE
}
