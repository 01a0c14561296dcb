package vn.tthc.feedback.events;

/** A record that cannot be applied (no key, malformed JSON, missing fields): it goes to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
