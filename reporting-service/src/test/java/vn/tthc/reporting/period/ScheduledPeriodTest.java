package vn.tthc.reporting.period;

import vn.tthc.platform.calendar.WorkingDays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static vn.tthc.reporting.period.CutOffRule.DECREE_09_2019;

/** Civil Code 2015, art. 148(5): a deadline stated on a weekend or a day off ends on the next working day. */
class ScheduledPeriodTest {

    /** Weekends, and as published for these years: 30/4–1/5/2026, made-up Monday 27/4/2026, 2–3/9/2024. */
    private static final WorkingDays CALENDAR = WeekendsAndHolidays.with(
            LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
            LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3), LocalDate.of(2029, 1, 1));

    @ParameterizedTest(name = "stated {0} ({1}) ends {2}")
    @CsvSource({
            "2024-03-17, Sunday, 2024-03-18",
            "2029-03-17, Saturday, 2029-03-19",
            "2026-12-13, Sunday, 2026-12-14",
            "2026-04-30, holiday then a weekend, 2026-05-04",
            "2026-04-27, made-up day, 2026-04-28",
            "2024-09-02, National Day and its adjacent day, 2024-09-04",
            "2028-12-31, Sunday before New Year's day, 2029-01-02",
            "2025-03-17, a working day, 2025-03-17",
    })
    void aDeadlineOnADayOffEndsOnTheNextWorkingDay(LocalDate stated, String kind, LocalDate effective) {
        assertThat(CALENDAR.lastDayOfTimeLimit(stated)).isEqualTo(effective);
    }

    @Test
    void aReportDueOnASundayAndSentOnTheMondayIsOnTime() {
        // Division reports for 2024-Q1 "trước ngày 18" of the quarter's last month: stated Sunday 17/3/2024.
        ReportingPeriod q1 = DECREE_09_2019.period(PeriodKey.quarterly(2024, 1));
        ScheduledPeriod scheduled = ScheduledPeriod.of(q1,
                DeadlineRule.beforeDay(17).lastAllowedDay(q1, CALENDAR), CALENDAR);

        assertThat(scheduled.printedLastAllowedDay()).isEqualTo(LocalDate.of(2024, 3, 17));
        assertThat(scheduled.lastAllowedDay()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(scheduled.isLateOn(LocalDate.of(2024, 3, 18))).isFalse();
        assertThat(scheduled.isLateOn(LocalDate.of(2024, 3, 19))).isTrue();
    }

    @Test
    void theEffectiveDeadlineIsNeverBeforeTheStatedOne() {
        ReportingPeriod q1 = DECREE_09_2019.period(PeriodKey.quarterly(2024, 1));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ScheduledPeriod(q1, LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 17)));
    }

    @Test
    void aCalendarWithoutWorkingDaysIsAnError() {
        assertThatIllegalStateException().isThrownBy(() -> ((WorkingDays) day -> false)
                .lastDayOfTimeLimit(LocalDate.of(2025, 1, 4)));
    }
}
