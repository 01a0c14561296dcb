package vn.tthc.plan.events;

import vn.tthc.plan.TaskCompletion;

import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.tthc.plan.task.completed.v1}: a task was marked done. Schema: META-INF/events/plan-events.schema.json */
public record TaskCompletedV1(UUID taskId, UUID planId, String label, String leadUnitCode,
                              LocalDate dueDate, LocalDate completedOn, boolean onTime) implements DomainEvent {

    public static final String TYPE = "vn.tthc.plan.task.completed.v1";

    public static TaskCompletedV1 of(TaskCompletion completion) {
        return new TaskCompletedV1(completion.taskId(), completion.planId(), completion.label(),
                completion.leadUnitCode(), completion.dueDate(), completion.completedOn(), completion.onTime());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "task";
    }

    @Override
    public String aggregateId() {
        return taskId.toString();
    }

    @Override
    public String subject() {
        return "tasks/" + taskId;
    }
}
