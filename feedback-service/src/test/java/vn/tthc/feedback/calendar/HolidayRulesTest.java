package vn.tthc.feedback.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayRulesTest {

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void holidaysOf2025() {
        assertThat(HolidayRules.DEFAULT.holidays(2025)).containsExactly(
                date(2025, 1, 1),
                date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30), date(2025, 1, 31), date(2025, 2, 1),
                date(2025, 4, 7),
                date(2025, 4, 30), date(2025, 5, 1),
                date(2025, 9, 1), date(2025, 9, 2));
    }

    @Test
    void holidaysOf2026() {
        assertThat(HolidayRules.DEFAULT.holidays(2026)).containsExactly(
                date(2026, 1, 1),
                date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 19), date(2026, 2, 20),
                date(2026, 4, 26),
                date(2026, 4, 30), date(2026, 5, 1),
                date(2026, 9, 1), date(2026, 9, 2));
    }

    @Test
    void tetStartsOnTheLastDayOfTheLunarYearByDefault() {
        // Lunar 2023 ended on its 29th day, 2024-02-09 ("30 Tết"); mùng 1 was 2024-02-10.
        assertThat(HolidayRules.DEFAULT.tet(2024)).containsExactly(
                date(2024, 2, 9), date(2024, 2, 10), date(2024, 2, 11), date(2024, 2, 12), date(2024, 2, 13));
    }

    @Test
    void tetDaysAreConfigurable() {
        // 2025 as the government set it: 28 and 29 tháng Chạp, then mùng 1 to mùng 3.
        HolidayRules rules = new HolidayRules(2, 3);
        assertThat(rules.tet(2025)).containsExactly(
                date(2025, 1, 27), date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30), date(2025, 1, 31));
    }

    @Test
    void hungKingsDayIsInTheRegularThirdMonthWhenThereIsALeapOne() {
        // Lunar 2050 repeats its 3rd month: the regular one begins 2050-03-23, the leap one 2050-04-21.
        assertThat(LunarCalendar.VIETNAM.leapMonth(2050)).hasValue(3);
        assertThat(HolidayRules.DEFAULT.hungKingsDay(2050)).isEqualTo(date(2050, 4, 1));
    }

    @Test
    void rejectsImpossibleRules() {
        assertThatThrownBy(() -> new HolidayRules(0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HolidayRules(-1, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
