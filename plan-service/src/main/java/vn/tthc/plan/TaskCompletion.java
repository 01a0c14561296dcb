package vn.tthc.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What completing a task, or one occurrence of it, established: when it was due (as printed, and in effect:
 * moved off a day off), when it was done, and whether on time (by the effective date). The occurrence fields
 * are null for a task completed as a whole.
 */
public record TaskCompletion(UUID taskId, UUID planId, String label, String leadUnitCode,
                             LocalDate dueDate, LocalDate effectiveDueDate, LocalDate completedOn, boolean onTime,
                             UUID occurrenceId, String occurrenceLabel) {
}
