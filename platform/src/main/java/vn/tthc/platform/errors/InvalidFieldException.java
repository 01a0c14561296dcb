package vn.tthc.platform.errors;

/** A request value that is well-formed but breaks a rule (answered with 400 and the field named). */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String reason;
    private final Object[] arguments;

    public InvalidFieldException(String field, String reason, Object... arguments) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    /** A stable key for the message shown to the client. */
    public String reason() {
        return reason;
    }

    /** Values the message shows. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
