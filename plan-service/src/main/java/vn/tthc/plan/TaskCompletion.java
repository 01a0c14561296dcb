package vn.tthc.plan;

import java.time.LocalDate;
import java.util.UUID;

/** What completing a task established: when it was due, when it was done, and whether on time. */
public record TaskCompletion(UUID taskId, UUID planId, String label, String leadUnitCode,
                             LocalDate dueDate, LocalDate completedOn, boolean onTime) {
}
