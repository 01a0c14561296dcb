package vn.tthc.plan.events;

import vn.tthc.plan.Task;

import java.util.List;
import java.util.UUID;

/** {@code vn.tthc.plan.task.assigned.v1}: a task's lead or cooperating units changed. */
public record TaskAssignedV1(UUID taskId, UUID planId, String leadUnitCode, List<String> leadUnitCodes,
                             List<String> cooperatingUnitCodes) implements TaskEvent {

    public static final String TYPE = "vn.tthc.plan.task.assigned.v1";

    public static TaskAssignedV1 of(Task task) {
        return new TaskAssignedV1(task.id(), task.planId(), task.leadUnitCode(), EventUnits.codes(task.leadUnits()),
                EventUnits.codes(task.cooperatingUnits()));
    }

    @Override
    public String type() {
        return TYPE;
    }
}
