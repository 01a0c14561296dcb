package vn.tthc.reporting.inbound;

import vn.tthc.platform.events.inbound.UnreadableEventException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The fields reporting reads from feedback-service's {@code vn.tthc.feedback.item.received.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackReceived(String receivingUnitCode, OffsetDateTime receivedAt, LocalDate receivedOn) {

    public static final String TYPE = "vn.tthc.feedback.item.received.v1";

    /** The day of receipt in Vietnam: {@code receivedOn}, or {@code receivedAt} seen from UTC+7. */
    public LocalDate day(ZoneId vietnam) {
        return receivedOn != null ? receivedOn : receivedAt.atZoneSameInstant(vietnam).toLocalDate();
    }

    public void requireComplete() {
        if (receivingUnitCode == null || receivingUnitCode.isBlank() || receivingUnitCode.length() > 50 || (receivedAt == null && receivedOn == null)) {
            throw new UnreadableEventException("feedback received event lacks receivingUnitCode or receivedAt");
        }
    }
}
