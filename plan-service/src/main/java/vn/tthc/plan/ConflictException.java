package vn.tthc.plan;

/** A change that the current state does not allow, e.g. progress on a cancelled task (answered with 409). */
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
