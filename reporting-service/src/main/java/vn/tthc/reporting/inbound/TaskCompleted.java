package vn.tthc.reporting.inbound;

import vn.tthc.platform.events.inbound.UnreadableEventException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/**
 * The fields reporting reads from plan-service's {@code vn.tthc.plan.task.completed.v1} (tolerant reader:
 * other fields are ignored).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskCompleted(String leadUnitCode, LocalDate completedOn, Boolean onTime) {

    public static final String TYPE = "vn.tthc.plan.task.completed.v1";

    public void requireComplete() {
        if (leadUnitCode == null || leadUnitCode.isBlank() || leadUnitCode.length() > 50 || completedOn == null || onTime == null) {
            throw new UnreadableEventException("task completed event lacks leadUnitCode, completedOn or onTime");
        }
    }
}
