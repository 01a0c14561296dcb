package vn.tthc.plan.events;

import vn.tthc.platform.events.outbox.DomainEvent;

import java.util.UUID;

/** An event about a task: keyed by the task's id, so a task's events stay in order. */
public interface TaskEvent extends DomainEvent {

    UUID taskId();

    @Override
    default String aggregateType() {
        return "task";
    }

    @Override
    default String aggregateId() {
        return taskId().toString();
    }

    @Override
    default String subject() {
        return "tasks/" + taskId();
    }
}
