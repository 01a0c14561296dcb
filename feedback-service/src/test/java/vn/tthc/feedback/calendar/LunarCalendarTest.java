package vn.tthc.feedback.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LunarCalendarTest {

    private static final LunarCalendar VIETNAM = LunarCalendar.VIETNAM;
    private static final LunarCalendar CHINA = LunarCalendar.at(ZoneOffset.ofHours(8));

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            "1985, 1985-01-21",
            "2007, 2007-02-17",
            "2023, 2023-01-22",
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2028, 2028-01-26",
            "2029, 2029-02-13",
            "2030, 2030-02-02",
    })
    void vietnameseNewYear(int year, LocalDate tet) {
        assertThat(VIETNAM.newYear(year)).isEqualTo(tet);
        assertThat(VIETNAM.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
        assertThat(VIETNAM.toSolar(LunarDate.of(year, 1, 1))).isEqualTo(tet);
    }

    @ParameterizedTest(name = "{0}: Vietnam {1}, China {2}")
    @CsvSource({
            "1985, 1985-01-21, 1985-02-20",
            "2007, 2007-02-17, 2007-02-18",
            // The new moon of early February 2030 falls just before midnight at UTC+7, just after it at UTC+8
            // (the reference month starts put Vietnamese mùng 1 on 2030-02-02; published Chinese calendars on the 3rd).
            "2030, 2030-02-02, 2030-02-03",
    })
    void newYearDiffersFromTheChineseOneInSomeYears(int year, LocalDate vietnam, LocalDate china) {
        assertThat(VIETNAM.newYear(year)).isEqualTo(vietnam);
        assertThat(CHINA.newYear(year)).isEqualTo(china);
    }

    /**
     * The December 1984 solstice fell at 23:23 on the 21st at UTC+7 and at 00:23 on the 22nd at UTC+8. So
     * the month that began on 1984-11-23 was month 11 in Vietnam but a leap month 10 in China, and the
     * month that began on 1985-01-21 was month 1 of a new year in Vietnam but month 12 in China.
     */
    @Test
    void theSolsticeOf1984FellOnDifferentDaysInVietnamAndChina() {
        assertThat(VIETNAM.toLunar(LocalDate.of(1984, 11, 23))).isEqualTo(LunarDate.of(1984, 11, 1));
        assertThat(CHINA.toLunar(LocalDate.of(1984, 11, 23))).isEqualTo(new LunarDate(1984, 10, 1, true));
        assertThat(VIETNAM.leapMonth(1984)).isEmpty();
        assertThat(CHINA.leapMonth(1984)).hasValue(10);
        assertThat(CHINA.toLunar(LocalDate.of(1985, 1, 21))).isEqualTo(LunarDate.of(1984, 12, 1));
        assertThat(VIETNAM.leapMonth(1985)).hasValue(2);
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0} is {1}")
    @CsvSource({
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26",
    })
    void hungKingsDay(int year, LocalDate date) {
        assertThat(VIETNAM.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(date);
        assertThat(VIETNAM.toLunar(date)).isEqualTo(LunarDate.of(year, 3, 10));
    }

    @Test
    void leapMonthOf2025IsTheSixth() {
        assertThat(VIETNAM.leapMonth(2025)).hasValue(6);
        assertThat(VIETNAM.leapMonth(2024)).isEmpty();
        assertThat(VIETNAM.toLunar(LocalDate.of(2025, 6, 25))).isEqualTo(LunarDate.of(2025, 6, 1));
        assertThat(VIETNAM.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(VIETNAM.toLunar(LocalDate.of(2025, 8, 22))).isEqualTo(new LunarDate(2025, 6, 29, true));
        assertThat(VIETNAM.toLunar(LocalDate.of(2025, 8, 23))).isEqualTo(LunarDate.of(2025, 7, 1));
        assertThat(VIETNAM.monthLength(2025, 6, true)).isEqualTo(29);
    }

    @Test
    void monthsElevenAndTwelveBelongToTheYearBeforeTet() {
        assertThat(VIETNAM.toLunar(LocalDate.of(2025, 1, 1))).isEqualTo(LunarDate.of(2024, 12, 2));
        assertThat(VIETNAM.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(LunarDate.of(2024, 12, 29));
        assertThat(VIETNAM.lastDayOfYear(2024)).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(VIETNAM.toLunar(LocalDate.of(2024, 12, 1))).isEqualTo(LunarDate.of(2024, 11, 1));
    }

    /**
     * Months whose new moon falls a few minutes before midnight at UTC+7. ICU4J's Chinese calendar
     * reckoned at UTC+7 starts each of them a day late (its new moons are several minutes off); a precise
     * ephemeris puts the new moons at 23:55, 23:57, 23:57 and 23:53.
     */
    @ParameterizedTest(name = "{0} is {1}/{2} of {3}")
    @CsvSource({
            "1995-09-24, 1, 8, 1995, true",
            "1996-12-10, 1, 11, 1996, false",
            "1997-12-29, 1, 12, 1997, false",
            "2051-03-12, 1, 2, 2051, false",
    })
    void newMoonsJustBeforeMidnight(LocalDate date, int day, int month, int year, boolean leap) {
        assertThat(VIETNAM.toLunar(date)).isEqualTo(new LunarDate(year, month, day, leap));
    }

    @Test
    void everyDayConvertsBothWays() {
        for (LocalDate d = VIETNAM.newYear(1968); d.isBefore(VIETNAM.newYear(2101)); d = d.plusDays(1)) {
            LunarDate lunar = VIETNAM.toLunar(d);
            assertThat(VIETNAM.toSolar(lunar)).as("%s -> %s", d, lunar).isEqualTo(d);
        }
    }

    @Test
    void yearsHaveTwelveOrThirteenMonthsOf29Or30Days() {
        for (int year = LunarCalendar.FIRST_YEAR; year <= LunarCalendar.LAST_YEAR; year++) {
            long length = ChronoUnit.DAYS.between(VIETNAM.newYear(year), VIETNAM.lastDayOfYear(year)) + 1;
            if (VIETNAM.leapMonth(year).isPresent()) {
                assertThat(length).as("year %d", year).isBetween(383L, 385L);
            } else {
                assertThat(length).as("year %d", year).isBetween(353L, 355L);
            }
        }
    }

    @Test
    void rejectsDatesThatDoNotExist() {
        assertThatThrownBy(() -> VIETNAM.toSolar(new LunarDate(2024, 6, 1, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no leap month 6");
        assertThatThrownBy(() -> VIETNAM.toSolar(new LunarDate(2025, 6, 30, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 29 days");
        assertThatThrownBy(() -> LunarDate.of(2025, 13, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarDate.of(2025, 1, 31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsYearsOutsideTheSupportedRange() {
        assertThatThrownBy(() -> VIETNAM.toLunar(LocalDate.of(1900, 1, 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThat(VIETNAM.toLunar(LocalDate.of(1900, 1, 31))).isEqualTo(LunarDate.of(1900, 1, 1));
        assertThatThrownBy(() -> VIETNAM.toLunar(VIETNAM.lastDayOfYear(2199).plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThat(VIETNAM.toLunar(VIETNAM.lastDayOfYear(2199)).year()).isEqualTo(2199);
        assertThatThrownBy(() -> VIETNAM.newYear(2200)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesDatesTheVietnameseWay() {
        assertThat(new LunarDate(2025, 6, 1, true)).hasToString("1/6n/2025");
        assertThat(LunarDate.of(2024, 3, 10)).hasToString("10/3/2024");
    }
}
