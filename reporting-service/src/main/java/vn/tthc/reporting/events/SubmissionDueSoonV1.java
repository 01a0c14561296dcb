package vn.tthc.reporting.events;

import vn.tthc.reporting.period.PeriodType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code vn.tthc.reporting.submission.due-soon.v1}: a unit has not submitted its report for a period and few
 * working days are left. Sent once per expected submission.
 */
public record SubmissionDueSoonV1(String regimeCode, String periodKey, PeriodType periodType, String periodLabel,
                                  LocalDate periodStart, LocalDate periodEnd, String unitCode, String receivingUnitCode,
                                  LocalDate lastAllowedDay, int workingDaysLeft, UUID submissionId)
        implements ExpectedSubmissionEvent {

    public static final String TYPE = "vn.tthc.reporting.submission.due-soon.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
