package vn.tthc.reporting.events;

import vn.tthc.reporting.period.PeriodType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code vn.tthc.reporting.submission.overdue.v1}: the deadline of a unit's report for a period passed and it
 * has not been submitted. Sent once per expected submission.
 */
public record SubmissionOverdueV1(String regimeCode, String periodKey, PeriodType periodType, String periodLabel,
                                  LocalDate periodStart, LocalDate periodEnd, String unitCode, String receivingUnitCode,
                                  LocalDate lastAllowedDay, long daysOverdue, UUID submissionId)
        implements ExpectedSubmissionEvent {

    public static final String TYPE = "vn.tthc.reporting.submission.overdue.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
