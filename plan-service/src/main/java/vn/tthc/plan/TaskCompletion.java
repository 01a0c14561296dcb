package vn.tthc.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What completing a task, or one occurrence of it, established: when it was due, when it was done, and
 * whether on time. The occurrence fields are null for a task completed as a whole.
 */
public record TaskCompletion(UUID taskId, UUID planId, String label, String leadUnitCode,
                             LocalDate dueDate, LocalDate completedOn, boolean onTime,
                             UUID occurrenceId, String occurrenceLabel) {
}
