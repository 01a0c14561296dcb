package vn.tthc.feedback.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void aYearWithoutOverridesKeepsTheWeekdayHolidays() {
        ResolvedYear year = new WorkingDayCalendar(HolidayRules.DEFAULT, List.of()).resolve(2025);

        // Mùng 4 Tết, 2025-02-01, is a Saturday: made up on Monday 3 February.
        assertThat(year.weekdaysOff()).containsExactly(
                date(2025, 1, 1),
                date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30), date(2025, 1, 31), date(2025, 2, 3),
                date(2025, 4, 7), date(2025, 4, 30), date(2025, 5, 1),
                date(2025, 9, 1), date(2025, 9, 2));
        assertThat(year.workingWeekendDays()).isEmpty();
    }

    @Test
    void overridesAddRemoveAndSwapDays() {
        YearOverrides announced = YearOverrides.none(2025)
                .withDaysOff(date(2025, 1, 25), date(2025, 2, 2))      // the Tết block
                .withDaysOff(date(2025, 5, 2), date(2025, 5, 2))       // off in exchange for ...
                .withSwappedWorkingDay(date(2025, 4, 26))              // ... working this Saturday
                .withDayOffRemoved(date(2025, 9, 1))
                .withDaysOff(date(2025, 9, 3), date(2025, 9, 3));

        ResolvedYear year = new WorkingDayCalendar(HolidayRules.DEFAULT, List.of(announced)).resolve(2025);

        assertThat(year.weekdaysOff()).containsExactly(
                date(2025, 1, 1),
                date(2025, 1, 27), date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30), date(2025, 1, 31),
                date(2025, 4, 7), date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2),
                date(2025, 9, 2), date(2025, 9, 3));
        assertThat(year.workingWeekendDays()).containsExactly(date(2025, 4, 26));
        assertThat(year.isWorkingDay(date(2025, 4, 26))).isTrue();
        assertThat(year.isWorkingDay(date(2025, 9, 1))).isTrue();
        assertThat(year.isWorkingDay(date(2025, 1, 27))).isFalse();
    }

    @Test
    void overridesOfOneYearLeaveOthersAlone() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayRules.DEFAULT,
                List.of(YearOverrides.none(2025).withDaysOff(date(2025, 1, 27), date(2025, 1, 27))));
        assertThat(calendar.resolve(2026).weekdaysOff()).doesNotContain(date(2026, 1, 27))
                .contains(date(2026, 2, 16));
        assertThat(calendar.resolve(2025)).isSameAs(calendar.resolve(2025));
    }

    @Test
    void overridesThatContradictTheRulesAreRejected() {
        var notAHoliday = new WorkingDayCalendar(HolidayRules.DEFAULT,
                List.of(YearOverrides.none(2025).withDayOffRemoved(date(2025, 9, 3))));
        assertThatThrownBy(() -> notAHoliday.resolve(2025))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-09-03 is not a holiday");

        var swappedHoliday = new WorkingDayCalendar(HolidayRules.DEFAULT,
                List.of(YearOverrides.none(2025).withSwappedWorkingDay(date(2025, 2, 1))));
        assertThatThrownBy(() -> swappedHoliday.resolve(2025))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-02-01 is a day off");

        assertThatThrownBy(() -> new WorkingDayCalendar(HolidayRules.DEFAULT,
                List.of(YearOverrides.none(2025), YearOverrides.none(2025))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void overridesAreCheckedOnTheirOwn() {
        YearOverrides none = YearOverrides.none(2025);
        assertThatThrownBy(() -> none.withSwappedWorkingDay(date(2025, 4, 25)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Saturday or Sunday");
        assertThatThrownBy(() -> none.withDaysOff(date(2024, 12, 31), date(2025, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in 2025");
        assertThatThrownBy(() -> none.withDaysOff(date(2025, 1, 3), date(2025, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> none.withDayOffRemoved(date(2025, 9, 1)).withDaysOff(date(2025, 9, 1), date(2025, 9, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both added and removed");
        assertThatThrownBy(() -> none.withSwappedWorkingDay(date(2025, 4, 26)).withDaysOff(date(2025, 4, 26), date(2025, 4, 26)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("swapped working day");
    }

    @Test
    void resolvedYearsKeepTheirShape() {
        assertThatThrownBy(() -> new ResolvedYear(2025, Set.of(date(2025, 2, 1)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekend");
        assertThatThrownBy(() -> new ResolvedYear(2025, null, Set.of(date(2025, 4, 25))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Saturday or Sunday");
        assertThatThrownBy(() -> new ResolvedYear(2025, Set.of(date(2026, 1, 1)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in 2025");

        ResolvedYear empty = new ResolvedYear(2025, null, null);
        assertThat(empty.weekdaysOff()).isEmpty();
        assertThat(empty.isWorkingDay(date(2025, 1, 1))).isTrue();
        assertThatThrownBy(() -> empty.isWorkingDay(date(2026, 1, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearsOutsideTheLunarCalendarAreNotFound() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayRules.DEFAULT, List.of());
        assertThat(calendar.find(1899)).isEmpty();
        assertThat(calendar.find(2200)).isEmpty();
        assertThat(calendar.find(2199)).isPresent();
    }
}
