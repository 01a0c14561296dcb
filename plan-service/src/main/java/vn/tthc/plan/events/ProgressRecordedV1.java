package vn.tthc.plan.events;

import vn.tthc.plan.ProgressEntry;
import vn.tthc.plan.Task;

import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.tthc.plan.task.progress-recorded.v1}: a unit recorded progress on a task or an occurrence of it. */
public record ProgressRecordedV1(UUID taskId, UUID planId, UUID occurrenceId, String leadUnitCode, String status,
                                 String note, LocalDate completedOn, String reportingPeriod, String recordedBy)
        implements TaskEvent {

    public static final String TYPE = "vn.tthc.plan.task.progress-recorded.v1";

    public static ProgressRecordedV1 of(Task task, ProgressEntry entry) {
        return new ProgressRecordedV1(task.id(), task.planId(), entry.occurrenceId(), task.leadUnitCode(),
                entry.status().name(), entry.note(), entry.completedOn(), entry.reportingPeriod(),
                entry.recordedBy() == null ? null : entry.recordedBy().name());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
