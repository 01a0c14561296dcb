package vn.tthc.plan;

import java.util.Optional;

/** What recording progress did: the history entry, and the completion it brought about, if any. */
public record ProgressOutcome(ProgressEntry entry, Optional<TaskCompletion> completion) {
}
