package vn.tthc.reporting;

import vn.tthc.reporting.Consolidation.ConsolidatedForm;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The receiving unit's consolidated report for a period: the sum of its units' accepted reports, the
 * event-fed figures of those units, and each unit's part (drill-down). {@code lastAllowedDay} is the effective
 * deadline, {@code printedLastAllowedDay} the stated one (they differ when that falls on a weekend or day off).
 */
public record ConsolidatedReport(String regimeCode, String regimeName, String periodKey, String periodLabel,
                                 LocalDate periodStart, LocalDate periodEnd, LocalDate lastAllowedDay,
                                 LocalDate printedLastAllowedDay, String receivingUnitCode, String receivingUnitName, int unitsExpected, int unitsAccepted,
                                 List<ConsolidatedForm> forms, Figures eventFigures, List<UnitPart> units) {

    /** One expected unit's part: its report's state and, once accepted, its content; its event-fed figures. */
    public record UnitPart(String unitCode, String unitName, UUID submissionId, SubmissionStatus status, Integer version,
                           Boolean late, ReportContent content, Figures eventFigures) {
    }
}
