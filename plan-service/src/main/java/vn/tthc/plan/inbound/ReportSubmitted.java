package vn.tthc.plan.inbound;

import vn.tthc.platform.events.inbound.UnreadableEventException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The fields plan-service reads from reporting-service's {@code vn.tthc.reporting.submission.submitted.v1}
 * (tolerant reader: other fields are ignored).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportSubmitted(UUID submissionId, String regimeCode, String periodKey, String periodLabel,
                              LocalDate periodStart, LocalDate periodEnd, String unitCode, Integer version,
                              Instant submittedAt, LocalDate lastAllowedDay) {

    public static final String TYPE = "vn.tthc.reporting.submission.submitted.v1";

    public void requireComplete() {
        if (submissionId == null || regimeCode == null || unitCode == null || periodStart == null
                || periodEnd == null || submittedAt == null || lastAllowedDay == null) {
            throw new UnreadableEventException("submitted report event lacks its regime, unit, period or time");
        }
    }
}
