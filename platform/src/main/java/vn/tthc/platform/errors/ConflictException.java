package vn.tthc.platform.errors;

/** A request that the resource's current state does not allow (answered with 409 and a stable type). */
public class ConflictException extends RuntimeException {

    private final String reason;
    private final transient Object[] arguments;

    public ConflictException(String reason, Object... arguments) {
        super(reason);
        this.reason = reason;
        this.arguments = arguments;
    }

    /** A stable key: the problem type and the message key. */
    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments;
    }
}
