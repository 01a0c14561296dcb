package vn.tthc.feedback;

/** A change that the current state does not allow, e.g. publishing an answer that was never sent (answered with 409). */
public class ConflictException extends RuntimeException {

    private final String reason;

    public ConflictException(String reason, Object id) {
        super(reason + ": " + id);
        this.reason = reason;
    }

    /** A stable key for the reason, used as the problem type and to look up the message shown to the client. */
    public String reason() {
        return reason;
    }
}
