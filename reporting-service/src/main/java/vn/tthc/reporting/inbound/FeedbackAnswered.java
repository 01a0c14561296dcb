package vn.tthc.reporting.inbound;

import vn.tthc.platform.events.inbound.UnreadableEventException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** The fields reporting reads from feedback-service's {@code vn.tthc.feedback.item.answered.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackAnswered(String handlingUnitCode, LocalDate answeredOn, Boolean onTime) {

    public static final String TYPE = "vn.tthc.feedback.item.answered.v1";

    public void requireComplete() {
        if (handlingUnitCode == null || handlingUnitCode.isBlank() || handlingUnitCode.length() > 50 || answeredOn == null || onTime == null) {
            throw new UnreadableEventException("feedback answered event lacks handlingUnitCode, answeredOn or onTime");
        }
    }
}
