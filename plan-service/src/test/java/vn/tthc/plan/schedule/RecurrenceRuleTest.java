package vn.tthc.plan.schedule;

import vn.tthc.plan.PlanPeriod;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import vn.tthc.plan.schedule.RecurrenceRule.Frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecurrenceRuleTest {

    @Test
    void aDayPastTheMonthsEndIsItsLastDay() {
        RecurrenceRule rule = RecurrenceRule.onDay(Frequency.MONTHLY, 31);
        assertThat(rule.occurrences(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 30)))
                .extracting(Occurrence::dueDate)
                .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 30));
    }

    @Test
    void onlyOccurrencesDueInsideTheAskedRange() {
        RecurrenceRule rule = RecurrenceRule.onDay(Frequency.MONTHLY, 22);
        assertThat(rule.occurrences(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 3, 21)))
                .containsExactly(new Occurrence("Tháng 2/2025", LocalDate.of(2025, 2, 22), true));
    }

    @Test
    void quartersOverSeveralYears() {
        assertThat(RecurrenceRule.endOfPeriod(Frequency.QUARTERLY).occurrences(PlanPeriod.years(2022, 2025).start(),
                PlanPeriod.years(2022, 2025).end())).hasSize(16).last()
                .isEqualTo(new Occurrence("Quý IV/2025", LocalDate.of(2025, 12, 31), true));
    }

    @Test
    void aMonthOnlyForYearlyRules() {
        assertThatThrownBy(() -> new RecurrenceRule(Frequency.QUARTERLY, 19, 12))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodLabels() {
        assertThat(CalendarPeriod.half(2025, 2).label()).isEqualTo("6 tháng cuối năm 2025");
        assertThat(CalendarPeriod.quarters(2024, 2, 3).label()).isEqualTo("Quý II, III/2024");
        assertThat(CalendarPeriod.years(2022, 2025).label()).isEqualTo("Giai đoạn 2022-2025");
        assertThat(CalendarPeriod.between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30)).label())
                .isEqualTo("Từ 01/03/2025 đến 30/06/2025");
    }
}
