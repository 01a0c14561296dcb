package vn.tthc.feedback.events;

import vn.tthc.feedback.Step;

import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.tthc.feedback.step.overdue.v1}: a step passed its due date unfinished; published once per step. */
public record StepOverdueV1(UUID itemId, String trackingCode, long stepId, String step, String unitCode,
                            LocalDate startedOn, LocalDate dueDate, LocalDate overdueSince) implements ItemEvent {

    public static final String TYPE = "vn.tthc.feedback.step.overdue.v1";

    public static StepOverdueV1 of(Step step) {
        return new StepOverdueV1(step.item().id(), step.item().trackingCode(), step.id(), step.kind().name(),
                step.unitCode(), step.startedOn(), step.dueDate(), step.overdueSince());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
