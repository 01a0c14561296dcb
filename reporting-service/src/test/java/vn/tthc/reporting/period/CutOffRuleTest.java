package vn.tthc.reporting.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.tthc.reporting.period.CutOffRule.CALENDAR_MONTHS;
import static vn.tthc.reporting.period.CutOffRule.DECREE_09_2019;

class CutOffRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-M01 | 2024-12-15 | 2025-01-14
            2025-M03 | 2025-02-15 | 2025-03-14
            2025-Q1  | 2024-12-15 | 2025-03-14
            2025-Q2  | 2025-03-15 | 2025-06-14
            2025-Q4  | 2025-09-15 | 2025-12-14
            2025-H1  | 2024-12-15 | 2025-06-14
            2025-9M  | 2024-12-15 | 2025-09-14
            2025     | 2024-12-15 | 2025-12-14
            """)
    void decree09WindowsRunFromThe15thToThe14th(String key, LocalDate start, LocalDate end) {
        ReportingPeriod period = DECREE_09_2019.period(PeriodKey.parse(key));

        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.key()).isEqualTo(key);
    }

    @Test
    void aPeriodCarriesItsTypeAndLabel() {
        ReportingPeriod q1 = DECREE_09_2019.period(PeriodKey.quarterly(2025, 1));

        assertThat(q1.type()).isEqualTo(PeriodType.QUARTERLY);
        assertThat(q1.label()).isEqualTo("Quý I năm 2025");
        assertThat(q1.lastMonth()).isEqualTo(YearMonth.of(2025, 3));
    }

    @Test
    void aLateDecemberDayBelongsToTheNextYearsPeriods() {
        LocalDate day = LocalDate.of(2024, 12, 20);

        assertThat(DECREE_09_2019.reportingMonthOf(day)).isEqualTo(YearMonth.of(2025, 1));
        assertThat(DECREE_09_2019.periodContaining(PeriodType.MONTHLY, day)).map(ReportingPeriod::key).contains("2025-M01");
        assertThat(DECREE_09_2019.periodContaining(PeriodType.QUARTERLY, day)).map(ReportingPeriod::key).contains("2025-Q1");
        assertThat(DECREE_09_2019.periodContaining(PeriodType.SIX_MONTHLY, day)).map(ReportingPeriod::key).contains("2025-H1");
        assertThat(DECREE_09_2019.periodContaining(PeriodType.NINE_MONTHLY, day)).map(ReportingPeriod::key).contains("2025-9M");
        assertThat(DECREE_09_2019.periodContaining(PeriodType.ANNUAL, day)).map(ReportingPeriod::key).contains("2025");
    }

    @Test
    void theClosingDayItselfStaysInItsMonth() {
        assertThat(DECREE_09_2019.periodContaining(PeriodType.ANNUAL, LocalDate.of(2024, 12, 14)))
                .map(ReportingPeriod::key).contains("2024");
        assertThat(DECREE_09_2019.periodContaining(PeriodType.ANNUAL, LocalDate.of(2024, 12, 15)))
                .map(ReportingPeriod::key).contains("2025");
        assertThat(DECREE_09_2019.periodContaining(PeriodType.QUARTERLY, LocalDate.of(2025, 3, 14)))
                .map(ReportingPeriod::key).contains("2025-Q1");
        assertThat(DECREE_09_2019.periodContaining(PeriodType.QUARTERLY, LocalDate.of(2025, 3, 15)))
                .map(ReportingPeriod::key).contains("2025-Q2");
    }

    @Test
    void daysAfterACumulativeReportsWindowBelongToNoneOfIt() {
        assertThat(DECREE_09_2019.periodContaining(PeriodType.SIX_MONTHLY, LocalDate.of(2025, 6, 15))).isEmpty();
        assertThat(DECREE_09_2019.periodContaining(PeriodType.SIX_MONTHLY, LocalDate.of(2025, 12, 14))).isEmpty();
        assertThat(DECREE_09_2019.periodContaining(PeriodType.NINE_MONTHLY, LocalDate.of(2025, 9, 15))).isEmpty();
        assertThat(DECREE_09_2019.periodContaining(PeriodType.NINE_MONTHLY, LocalDate.of(2025, 12, 15)))
                .map(ReportingPeriod::key).contains("2026-9M");
    }

    @Test
    void leapYearsLengthenTheWindowThatSpansFebruary() {
        ReportingPeriod march2024 = DECREE_09_2019.period(PeriodKey.monthly(2024, 3));
        ReportingPeriod march2025 = DECREE_09_2019.period(PeriodKey.monthly(2025, 3));

        assertThat(march2024.start()).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(march2024.lengthInDays()).isEqualTo(29);
        assertThat(march2025.lengthInDays()).isEqualTo(28);
        assertThat(DECREE_09_2019.periodContaining(PeriodType.MONTHLY, LocalDate.of(2024, 2, 29)))
                .map(ReportingPeriod::key).contains("2024-M03");
        assertThat(DECREE_09_2019.period(PeriodKey.annual(2024)).lengthInDays()).isEqualTo(366);
        assertThat(DECREE_09_2019.period(PeriodKey.annual(2025)).lengthInDays()).isEqualTo(365);
    }

    @Test
    void calendarWindowsRunFromTheFirstToTheLastDayOfTheMonth() {
        assertThat(CALENDAR_MONTHS.period(PeriodKey.monthly(2024, 2)))
                .returns(LocalDate.of(2024, 2, 1), ReportingPeriod::start)
                .returns(LocalDate.of(2024, 2, 29), ReportingPeriod::end);
        assertThat(CALENDAR_MONTHS.period(PeriodKey.monthly(2025, 2)).end()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(CALENDAR_MONTHS.period(PeriodKey.quarterly(2025, 1)))
                .returns(LocalDate.of(2025, 1, 1), ReportingPeriod::start)
                .returns(LocalDate.of(2025, 3, 31), ReportingPeriod::end);
        assertThat(CALENDAR_MONTHS.period(PeriodKey.annual(2025)))
                .returns(LocalDate.of(2025, 1, 1), ReportingPeriod::start)
                .returns(LocalDate.of(2025, 12, 31), ReportingPeriod::end);
        assertThat(CALENDAR_MONTHS.periodContaining(PeriodType.QUARTERLY, LocalDate.of(2024, 12, 20)))
                .map(ReportingPeriod::key).contains("2024-Q4");
    }

    @Test
    void aClosingDayBeyondShortMonthsFallsOnTheirLastDay() {
        CutOffRule closingOn30th = new CutOffRule(30);

        assertThat(closingOn30th.closingDate(YearMonth.of(2025, 2))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(closingOn30th.period(PeriodKey.monthly(2025, 3)))
                .returns(LocalDate.of(2025, 3, 1), ReportingPeriod::start)
                .returns(LocalDate.of(2025, 3, 30), ReportingPeriod::end);
        assertThat(closingOn30th.period(PeriodKey.monthly(2025, 4)).start()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @ParameterizedTest
    @EnumSource(value = PeriodType.class, names = {"MONTHLY", "QUARTERLY"})
    void consecutivePeriodsMeetWithoutGapOrOverlapAcrossYears(PeriodType type) {
        for (CutOffRule rule : List.of(DECREE_09_2019, CALENDAR_MONTHS, new CutOffRule(29), new CutOffRule(1))) {
            List<ReportingPeriod> periods = new ArrayList<>(rule.periods(type, 2023));
            periods.addAll(rule.periods(type, 2024));
            periods.addAll(rule.periods(type, 2025));
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i).start()).as("%s %s", rule, periods.get(i).key())
                        .isEqualTo(periods.get(i - 1).end().plusDays(1));
            }
        }
    }

    @Test
    void everyDayLiesInTheMonthlyPeriodFoundForIt() {
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() < 2026; day = day.plusDays(1)) {
            ReportingPeriod found = DECREE_09_2019.periodContaining(PeriodType.MONTHLY, day).orElseThrow();
            assertThat(found.contains(day)).as(day.toString()).isTrue();
        }
    }

    @Test
    void generatesTheYearsPeriods() {
        assertThat(DECREE_09_2019.periods(PeriodType.QUARTERLY, 2025)).extracting(ReportingPeriod::label)
                .containsExactly("Quý I năm 2025", "Quý II năm 2025", "Quý III năm 2025", "Quý IV năm 2025");
        assertThat(DECREE_09_2019.periods(PeriodType.MONTHLY, 2025)).hasSize(12);
    }

    @Test
    void rejectsImpossibleClosingDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CutOffRule(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new CutOffRule(32));
    }
}
