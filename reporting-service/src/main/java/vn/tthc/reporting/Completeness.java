package vn.tthc.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completeness and timeliness of one period of a regime: which of the expected units submitted, on time or
 * late (judged by their first submission), which were accepted, and which are missing. A report is late when
 * first submitted after the effective last allowed day: a deadline stated on a weekend or a day off ends on
 * the next working day (Civil Code 2015, art. 148(5)).
 */
public record Completeness(String regimeCode, String periodKey, String periodLabel, LocalDate lastAllowedDay,
                           LocalDate printedLastAllowedDay, int expected, int submitted, int onTime, int late, int accepted, int missing,
                           List<ExpectedUnit> missingUnits, List<UnitStatus> units) {

    /** Where one expected unit stands; no submission id and status while it has not started its report. */
    public record UnitStatus(String unitCode, String unitName, UUID submissionId, SubmissionStatus status,
                             Instant firstSubmittedAt, Boolean late) {
    }

    /**
     * @param lastAllowedDay        the effective deadline (moved off a weekend or day off, Civil Code art. 148(5))
     * @param printedLastAllowedDay the deadline as stated
     */
    public static Completeness of(String regimeCode, String periodKey, String periodLabel, LocalDate lastAllowedDay,
                                  LocalDate printedLastAllowedDay, List<ExpectedUnit> expected, List<Submission> submissions) {
        Map<String, Submission> byUnit = submissions.stream().collect(Collectors.toMap(s -> s.unitCode, Function.identity()));
        List<UnitStatus> units = expected.stream().map(unit -> {
            Submission submission = byUnit.get(unit.code());
            return submission == null ? new UnitStatus(unit.code(), unit.name(), null, null, null, null)
                    : new UnitStatus(unit.code(), unit.name(), submission.id, submission.status, submission.firstSubmittedAt,
                    submission.firstLate);
        }).toList();
        List<UnitStatus> submitted = units.stream().filter(unit -> unit.firstSubmittedAt() != null).toList();
        int late = (int) submitted.stream().filter(unit -> Boolean.TRUE.equals(unit.late())).count();
        int accepted = (int) units.stream().filter(unit -> unit.status() == SubmissionStatus.ACCEPTED).count();
        List<ExpectedUnit> missing = expected.stream()
                .filter(unit -> byUnit.get(unit.code()) == null || byUnit.get(unit.code()).firstSubmittedAt == null)
                .toList();
        return new Completeness(regimeCode, periodKey, periodLabel, lastAllowedDay, printedLastAllowedDay, expected.size(), submitted.size(),
                submitted.size() - late, late, accepted, missing.size(), missing, units);
    }
}
