package vn.tthc.plan.schedule;

import vn.tthc.plan.PlanPeriod;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import vn.tthc.plan.schedule.RecurrenceRule.Frequency;

import static org.assertj.core.api.Assertions.assertThat;

/** Time texts seen in other provinces' plans (issue 13), read into the schedules they mean. */
class ScheduleFormsTest {

    private final ScheduleParser plan2025 = new ScheduleParser(PlanPeriod.year(2025));
    private final ScheduleParser lastFourMonths2025 = new ScheduleParser(
            new PlanPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31)));
    private final ScheduleParser plan2022to2025 = new ScheduleParser(PlanPeriod.years(2022, 2025));

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static List<LocalDate> dues(Schedule schedule, PlanPeriod period) {
        return schedule.occurrences(period).stream().map(Occurrence::dueDate).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trước ngày 20/11 hằng năm", "trước ngày 20/11 hàng năm", "Hằng năm, trước ngày 20 tháng 11"})
    void aDayAndMonthEveryYear(String text) {
        Schedule s = plan2022to2025.parse(text);
        assertThat(s.kind()).isEqualTo(ScheduleKind.RECURRING);
        assertThat(((Schedule.Recurring) s).rules()).containsExactly(new RecurrenceRule(Frequency.YEARLY, 20, 11));
        assertThat(dues(s, PlanPeriod.years(2022, 2025)))
                .containsExactly(d(2022, 11, 20), d(2023, 11, 20), d(2024, 11, 20), d(2025, 11, 20));
        assertThat(s.warnings()).isEmpty();
        assertThat(s.text()).isEqualTo(text);
    }

    @Test
    void aDayOfEachQuartersLastMonth() {
        Schedule s = plan2025.parse("Định kỳ trước ngày 25 tháng cuối quý");
        assertThat(s.kind()).isEqualTo(ScheduleKind.RECURRING);
        assertThat(((Schedule.Recurring) s).rules()).containsExactly(RecurrenceRule.onDay(Frequency.QUARTERLY, 25));
        assertThat(dues(s, PlanPeriod.year(2025)))
                .containsExactly(d(2025, 3, 25), d(2025, 6, 25), d(2025, 9, 25), d(2025, 12, 25));
    }

    @Test
    void twoMonthsAreTwoOccurrencesNotARange() {
        Schedule s = plan2025.parse("tháng 02 và tháng 8/2025");
        assertThat(s.kind()).isEqualTo(ScheduleKind.MILESTONES);
        assertThat(dues(s, PlanPeriod.year(2025))).containsExactly(d(2025, 2, 28), d(2025, 8, 31));
        assertThat(plan2025.parse("Tháng 3, tháng 9 năm 2025").occurrences(PlanPeriod.year(2025)))
                .extracting(Occurrence::dueDate).containsExactly(d(2025, 3, 31), d(2025, 9, 30));
    }

    @Test
    void aRangeOfMonthsStaysOnePeriod() {
        Schedule s = plan2025.parse("Từ tháng 3 đến tháng 6/2025");
        assertThat(s.kind()).isEqualTo(ScheduleKind.WITHIN_PERIOD);
        assertThat(s.deadline()).contains(d(2025, 6, 30));
    }

    @Test
    void afterAnEventWithItsDelay() {
        Schedule s = plan2025.parse("Triển khai sau khi Bộ Khoa học và Công nghệ ban hành hướng dẫn 01 tháng");
        assertThat(s.kind()).isEqualTo(ScheduleKind.AFTER_EVENT);
        Schedule.AfterEvent after = (Schedule.AfterEvent) s;
        assertThat(after.delay()).isEqualTo(new Delay(1, Delay.Unit.MONTHS));
        assertThat(after.event()).isEqualTo("Bộ Khoa học và Công nghệ ban hành hướng dẫn");
        Schedule days = plan2025.parse("Trong vòng 15 ngày làm việc kể từ khi có văn bản của Bộ");
        assertThat(days.kind()).isEqualTo(ScheduleKind.AFTER_EVENT);
        assertThat(((Schedule.AfterEvent) days).delay()).isEqualTo(new Delay(15, Delay.Unit.WORKING_DAYS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Khi có Quyết định công bố TTHC của Chủ tịch UBND tỉnh", "Khi có văn bản quy phạm pháp luật mới",
            "Ngay khi có yêu cầu của cơ quan cấp trên"})
    void whenSomethingHappensIsOnDemand(String text) {
        Schedule s = plan2025.parse(text);
        assertThat(s.kind()).isEqualTo(ScheduleKind.ON_DEMAND);
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void halfYearlyAndYearlyGiveOneOccurrencePerDate() {
        Schedule s = plan2025.parse("Định kỳ 6 tháng, hằng năm");
        assertThat(s.kind()).isEqualTo(ScheduleKind.RECURRING);
        assertThat(s.occurrences(PlanPeriod.year(2025)))
                .extracting(Occurrence::dueDate).containsExactly(d(2025, 6, 30), d(2025, 12, 31));
        assertThat(s.occurrences(PlanPeriod.year(2025)).get(1).label()).isEqualTo("Năm 2025");
    }

    @Test
    void quarterlyAndYearlyWithinAShortPlan() {
        Schedule s = lastFourMonths2025.parse("Định kỳ hàng quý, năm");
        assertThat(s.occurrences(new PlanPeriod(d(2025, 9, 1), d(2025, 12, 31))))
                .extracting(Occurrence::dueDate).containsExactly(d(2025, 9, 30), d(2025, 12, 31));
    }

    @Test
    void milestonesOnOneDateAreOne() {
        Schedule s = plan2025.parse("Trước ngày 15/6/2025\nHạn chót 15/6/2025; trước ngày 15/12/2025");
        assertThat(dues(s, PlanPeriod.year(2025))).containsExactly(d(2025, 6, 15), d(2025, 12, 15));
    }

    @Test
    void aTextReadOnlyInPartIsKeptWholeAndWarned() {
        String text = "Trong quý III và tháng 12/2025";
        Schedule s = plan2025.parse(text);
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.deadline()).contains(d(2025, 9, 30));
        assertThat(s.warnings()).extracting(ScheduleWarning::code).containsExactly(ScheduleWarning.PARTLY_UNPARSED);
        assertThat(plan2025.parse("Trong quý I, quý II/2025").warnings()).isEmpty();
        assertThat(plan2025.parse("6 tháng đầu năm 2025").warnings()).isEmpty();
        assertThat(plan2025.parse("Từ tháng 3 đến tháng 6/2025").warnings()).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Quý I hằng năm | 3 | 31",
            "Tháng 12 hàng năm | 12 | 31",
            "Trước 30/6 hằng năm | 6 | 30"})
    void aQuarterOrMonthOrDayOfEachYear(String text, int month, int day) {
        Schedule s = plan2022to2025.parse(text);
        assertThat(s.kind()).isEqualTo(ScheduleKind.RECURRING);
        assertThat(dues(s, PlanPeriod.years(2022, 2025))).containsExactly(d(2022, month, day), d(2023, month, day),
                d(2024, month, day), d(2025, month, day));
    }
}
