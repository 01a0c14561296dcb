package vn.tthc.feedback;

/** A request value that is well-formed but breaks a rule (answered with 400 and the field named). */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** A stable key for the message shown to the client. */
    public String reason() {
        return reason;
    }
}
