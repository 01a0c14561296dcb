package vn.tthc.feedback;

/** Why an item is not accepted; the sender sees the reason (texts in problems*.properties, key reason.&lt;name&gt;). */
public enum NotAcceptedReason {
    /** The sender gave no name. */
    NO_NAME,
    /** The sender gave neither an address nor a phone number. */
    NO_ADDRESS_OR_PHONE,
    /** Not written in Vietnamese. */
    NOT_VIETNAMESE,
    /** A complaint (khiếu nại) or denunciation (tố cáo): handled under their own laws, through another channel. */
    COMPLAINT_OR_DENUNCIATION,
    /** Its content is unclear or not about administrative regulations and procedures (set by staff). */
    UNCLEAR_CONTENT,
    /** Another reason, stated in the note (set by staff). */
    OTHER
}
