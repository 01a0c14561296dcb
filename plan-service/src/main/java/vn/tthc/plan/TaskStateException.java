package vn.tthc.plan;

import java.util.UUID;

/** A change that the task's current state does not allow (answered with 409). */
public class TaskStateException extends RuntimeException {

    private final String reason;

    public TaskStateException(String reason, UUID taskId) {
        super(reason + ": " + taskId);
        this.reason = reason;
    }

    /** A stable key for the reason, used to look up the message shown to the client. */
    public String reason() {
        return reason;
    }
}
