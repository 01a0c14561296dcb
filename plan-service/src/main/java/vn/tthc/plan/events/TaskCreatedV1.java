package vn.tthc.plan.events;

import vn.tthc.plan.Task;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code vn.tthc.plan.task.created.v1}: a task was added to a plan. Schema: events/vn.tthc.plan.task.created.v1.json */
public record TaskCreatedV1(UUID taskId, UUID planId, String label, String content, String leadUnitCode,
                            List<String> leadUnitCodes, String scheduleKind, String scheduleText, LocalDate dueDate,
                            List<LocalDate> occurrenceDueDates) implements TaskEvent {

    public static final String TYPE = "vn.tthc.plan.task.created.v1";

    public static TaskCreatedV1 of(Task task) {
        return new TaskCreatedV1(task.id(), task.planId(), task.label(), task.content(), task.leadUnitCode(),
                EventUnits.codes(task.leadUnits()), task.scheduleKind() == null ? null : task.scheduleKind().name(),
                task.scheduleText(), task.dueDate(), task.occurrences().stream().map(o -> o.dueDate()).toList());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
