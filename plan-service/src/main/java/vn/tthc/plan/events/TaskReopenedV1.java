package vn.tthc.plan.events;

import vn.tthc.plan.Task;

import java.util.UUID;

/** {@code vn.tthc.plan.task.reopened.v1}: a done task, or a done occurrence of it, was taken back to in progress. */
public record TaskReopenedV1(UUID taskId, UUID planId, UUID occurrenceId, String leadUnitCode) implements TaskEvent {

    public static final String TYPE = "vn.tthc.plan.task.reopened.v1";

    public static TaskReopenedV1 of(Task task, UUID occurrenceId) {
        return new TaskReopenedV1(task.id(), task.planId(), occurrenceId, task.leadUnitCode());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
