package vn.tthc.plan.events;

import vn.tthc.plan.TaskCompletion;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code vn.tthc.plan.task.completed.v1}: a task, or one dated occurrence of it, was marked done.
 * Schema: events/vn.tthc.plan.task.completed.v1.json
 */
public record TaskCompletedV1(UUID taskId, UUID planId, String label, String leadUnitCode,
                              LocalDate dueDate, LocalDate effectiveDueDate, LocalDate completedOn, boolean onTime,
                              UUID occurrenceId, String occurrenceLabel) implements TaskEvent {

    public static final String TYPE = "vn.tthc.plan.task.completed.v1";

    public static TaskCompletedV1 of(TaskCompletion completion) {
        return new TaskCompletedV1(completion.taskId(), completion.planId(), completion.label(),
                completion.leadUnitCode(), completion.dueDate(), completion.effectiveDueDate(), completion.completedOn(), completion.onTime(),
                completion.occurrenceId(), completion.occurrenceLabel());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
