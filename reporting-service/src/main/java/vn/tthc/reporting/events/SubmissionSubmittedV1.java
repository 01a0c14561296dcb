package vn.tthc.reporting.events;

import vn.tthc.reporting.period.PeriodType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code vn.tthc.reporting.submission.submitted.v1}: a unit submitted (a version of) its report for a period.
 * plan-service marks the occurrence of a task linked to the regime done for the period. Schema:
 * {@code events/vn.tthc.reporting.submission.submitted.v1.json}.
 */
public record SubmissionSubmittedV1(UUID submissionId, String regimeCode, String periodKey, PeriodType periodType,
                                    String periodLabel, LocalDate periodStart, LocalDate periodEnd, String unitCode,
                                    int version, Instant submittedAt, LocalDate lastAllowedDay, boolean late)
        implements SubmissionEvent {

    public static final String TYPE = "vn.tthc.reporting.submission.submitted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
