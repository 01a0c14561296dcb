package vn.tthc.plan.events;

import vn.tthc.plan.Task;
import vn.tthc.plan.TaskOccurrence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code vn.tthc.plan.occurrence.overdue.v1}: an open occurrence passed its effective due date (the printed one,
 * moved to the next working day when it is a day off); emitted once per occurrence.
 */
public record OccurrenceOverdueV1(UUID taskId, UUID planId, UUID occurrenceId, String occurrenceLabel,
                                  String leadUnitCode, LocalDate dueDate, LocalDate effectiveDueDate,
                                  LocalDate overdueSince) implements TaskEvent {

    public static final String TYPE = "vn.tthc.plan.occurrence.overdue.v1";

    public static OccurrenceOverdueV1 of(Task task, TaskOccurrence occurrence) {
        return new OccurrenceOverdueV1(task.id(), task.planId(), occurrence.id(), occurrence.label(),
                task.leadUnitCode(), occurrence.dueDate(), occurrence.effectiveDueDate(), occurrence.overdueSince());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
