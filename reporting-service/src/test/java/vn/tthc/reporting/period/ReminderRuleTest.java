package vn.tthc.reporting.period;

import vn.tthc.platform.calendar.WorkingDays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderRuleTest {

    private final ReminderRule rule = new ReminderRule(3);
    // Thursday 30/4 and Friday 1/5/2026 are holidays.
    private final WorkingDays calendar = WeekendsAndHolidays.with(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1));

    @ParameterizedTest
    @CsvSource(textBlock = """
            2025-03-10, 2025-03-16, ,          4
            2025-03-11, 2025-03-16, DUE_SOON,  3
            2025-03-14, 2025-03-16, DUE_SOON,  0
            2025-03-16, 2025-03-16, DUE_SOON,  0
            2025-03-17, 2025-03-16, OVERDUE,   0
            2026-04-27, 2026-05-05, ,          4
            2026-04-28, 2026-05-05, DUE_SOON,  3
            """)
    void dueSoonCountsWorkingDaysLeftAndOverdueStartsTheDayAfter(LocalDate today, LocalDate lastAllowedDay,
                                                                 ReminderRule.Kind expected, int workingDaysLeft) {
        assertThat(rule.due(today, lastAllowedDay, calendar).orElse(null)).isEqualTo(expected);
        if (expected != ReminderRule.Kind.OVERDUE) {
            assertThat(ReminderRule.workingDaysLeft(today, lastAllowedDay, calendar)).isEqualTo(workingDaysLeft);
        }
    }
}
