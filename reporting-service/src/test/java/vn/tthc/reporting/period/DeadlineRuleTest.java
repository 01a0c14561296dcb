package vn.tthc.reporting.period;

import vn.tthc.platform.calendar.WorkingDays;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static vn.tthc.reporting.period.CutOffRule.CALENDAR_MONTHS;
import static vn.tthc.reporting.period.CutOffRule.DECREE_09_2019;

class DeadlineRuleTest {

    private static final WorkingDays WEEKENDS_ONLY = WeekendsAndHolidays.with();

    @Test
    void beforeThe19thMeansByThe19thOfThePeriodsLastMonth() {
        DeadlineRule rule = DeadlineRule.beforeDay(19);

        assertThat(rule.lastAllowedDay(DECREE_09_2019.period(PeriodKey.quarterly(2025, 1)), WEEKENDS_ONLY))
                .isEqualTo(LocalDate.of(2025, 3, 19));
        assertThat(rule.lastAllowedDay(DECREE_09_2019.period(PeriodKey.annual(2025)), WEEKENDS_ONLY))
                .isEqualTo(LocalDate.of(2025, 12, 19));
    }

    @Test
    void monthlyBeforeThe22nd() {
        assertThat(DeadlineRule.beforeDay(22).lastAllowedDay(DECREE_09_2019.period(PeriodKey.monthly(2025, 1)), WEEKENDS_ONLY))
                .isEqualTo(LocalDate.of(2025, 1, 22));
    }

    @Test
    void levelsReportOneAfterTheOther() {
        ReportingPeriod sixMonths = DECREE_09_2019.period(PeriodKey.sixMonthly(2025));

        assertThat(DeadlineRule.beforeDay(13).lastAllowedDay(sixMonths, WEEKENDS_ONLY)).isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(DeadlineRule.beforeDay(15).lastAllowedDay(sixMonths, WEEKENDS_ONLY)).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    void beforeTheFirstIsTheFirstOfTheFollowingMonth() {
        ReportingPeriod february2024 = CALENDAR_MONTHS.period(PeriodKey.monthly(2024, 2));

        assertThat(DeadlineRule.beforeDayOfFollowingMonth(1).lastAllowedDay(february2024, WEEKENDS_ONLY))
                .isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void calendarWindowsTakeADayOfTheFollowingMonth() {
        ReportingPeriod q4 = CALENDAR_MONTHS.period(PeriodKey.quarterly(2025, 4));

        assertThat(DeadlineRule.beforeDayOfFollowingMonth(10).lastAllowedDay(q4, WEEKENDS_ONLY))
                .isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void aDayBeyondTheMonthMeansItsLastDay() {
        ReportingPeriod february2025 = DECREE_09_2019.period(PeriodKey.monthly(2025, 2));

        assertThat(DeadlineRule.beforeDay(31).lastAllowedDay(february2025, WEEKENDS_ONLY)).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void workingDaysAreCountedFromTheDayAfterTheCutOff() {
        // 2025-Q2 closes on Saturday 14 June 2025: Mon 16, Tue 17, Wed 18.
        ReportingPeriod q2 = DECREE_09_2019.period(PeriodKey.quarterly(2025, 2));

        assertThat(DeadlineRule.workingDaysAfterCutOff(1).lastAllowedDay(q2, WEEKENDS_ONLY)).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(DeadlineRule.workingDaysAfterCutOff(3).lastAllowedDay(q2, WEEKENDS_ONLY)).isEqualTo(LocalDate.of(2025, 6, 18));
    }

    @Test
    void holidaysDoNotCount() {
        // 2025-Q1 closes on Friday 14 March 2025; pretend Monday 17 and Tuesday 18 are holidays.
        ReportingPeriod q1 = DECREE_09_2019.period(PeriodKey.quarterly(2025, 1));
        WorkingDays calendar = WeekendsAndHolidays.with(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 18));

        assertThat(DeadlineRule.workingDaysAfterCutOff(2).lastAllowedDay(q1, calendar)).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void aCalendarWithoutWorkingDaysIsAnError() {
        ReportingPeriod q1 = DECREE_09_2019.period(PeriodKey.quarterly(2025, 1));

        assertThatIllegalStateException().isThrownBy(() -> DeadlineRule.workingDaysAfterCutOff(1).lastAllowedDay(q1, day -> false));
    }

    @Test
    void rejectsNonsense() {
        assertThatIllegalArgumentException().isThrownBy(() -> DeadlineRule.beforeDay(0));
        assertThatIllegalArgumentException().isThrownBy(() -> DeadlineRule.beforeDay(32));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineRule.BeforeDayOfMonth(10, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> DeadlineRule.workingDaysAfterCutOff(0));
    }

    @Test
    void adHocRequestsCarryTheirOwnWindowAndDeadline() {
        AdHocRequest request = AdHocRequest.of("CV-123/VP-KSTT", "Báo cáo đột xuất về số hóa hồ sơ",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 5));

        assertThat(request.period().type()).isEqualTo(PeriodType.AD_HOC);
        assertThat(request.period().contains(LocalDate.of(2025, 5, 31))).isTrue();
        assertThat(request.isOnTime(LocalDate.of(2025, 6, 5))).isTrue();
        assertThat(request.isOnTime(LocalDate.of(2025, 6, 6))).isFalse();
        assertThat(AdHocRequest.of("x", "y", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 5, 28))
                .lastAllowedDay()).isEqualTo(LocalDate.of(2025, 5, 28));
        assertThatIllegalArgumentException().isThrownBy(() -> AdHocRequest.of("x", "y",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 31), LocalDate.of(2024, 12, 31)));
        assertThatIllegalArgumentException().isThrownBy(() -> AdHocRequest.of(" ", "y",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 5)));
    }
}
