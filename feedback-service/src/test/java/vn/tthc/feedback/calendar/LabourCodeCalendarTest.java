package vn.tthc.feedback.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar against the law, 2024–2030: Labour Code 2019 art. 112(1) holidays, art. 111(3) made-up days,
 * National Day's adjacent day, Tết with and without an announced block, and Civil Code 2015 art. 148(5) for
 * deadlines landing on days off. Lunar dates are the Vietnamese ones (UTC+7), checked against the reference
 * month starts of LunarCalendarReferenceTest.
 */
class LabourCodeCalendarTest {

    /** The overrides shipped by migration V5: Tết 2025 and 2026, the 2025 swap. */
    static final YearOverrides Y2025 = YearOverrides.none(2025)
            .withDaysOff(date(2025, 1, 25), date(2025, 2, 2))
            .withDaysOff(date(2025, 5, 2), date(2025, 5, 2))
            .withSwappedWorkingDay(date(2025, 4, 26));
    static final YearOverrides Y2026 = YearOverrides.none(2026).withDaysOff(date(2026, 2, 14), date(2026, 2, 22));

    static final WorkingDayCalendar SHIPPED = new WorkingDayCalendar(HolidayRules.DEFAULT, List.of(Y2025, Y2026));
    static final WorkingDays DAYS = new WorkingDays(SHIPPED);

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** ISO dates separated by spaces; none for null. */
    static List<LocalDate> dates(String isoDates) {
        return isoDates == null ? List.of() : java.util.Arrays.stream(isoDates.split(" ")).map(LocalDate::parse).toList();
    }

    static List<LocalDate> daysOf(int year, DayOff.Reason reason) {
        return SHIPPED.daysOff(year).stream().filter(d -> d.reason() == reason).map(DayOff::date).toList();
    }

    @Nested
    class MadeUpDays {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = ';', value = {
                // Tết 2024: 9–13/2, mùng 1 and 2 on Saturday and Sunday.
                "2024; 2024-02-14 2024-02-15",
                // Tết 2025 is the announced block (no made-up day); nothing else falls on a weekend.
                "2025; ",
                // Hùng Kings' day, Sunday 26/4/2026.
                "2026; 2026-04-27",
                // Tết 2027 from Friday 5/2 (mùng 1 Saturday 6/2); 1/5/2027 is a Saturday.
                "2027; 2027-02-10 2027-02-11 2027-05-03",
                // 1/1 Saturday; mùng 4 Saturday 29/1; 30/4 Sunday; 2/9 Saturday.
                "2028; 2028-01-03 2028-01-31 2028-05-02 2028-09-04",
                // 2/9/2029 is a Sunday: 3/9 is the adjacent day, 4/9 makes up 2/9.
                "2029; 2029-09-04",
                // Tết 2030 from Friday 1/2, mùng 1 Saturday 2/2 (in Vietnam; 3/2 in China).
                "2030; 2030-02-06 2030-02-07",
        })
        void everyMadeUpDay(int year, String expected) {
            List<LocalDate> madeUp = dates(expected);
            assertThat(daysOf(year, DayOff.Reason.MADE_UP_DAY)).containsExactlyElementsOf(madeUp);
            madeUp.forEach(day -> assertThat(DAYS.isWorkingDay(day)).as("%s", day).isFalse());
        }

        @Test
        void aMadeUpDayNamesTheHolidayAndArticle111() {
            DayOff monday = SHIPPED.daysOff(2026).stream().filter(d -> d.date().equals(date(2026, 4, 27))).findFirst()
                    .orElseThrow();
            assertThat(monday.name()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026)");
            assertThat(monday.legalBasis()).isEqualTo("Khoản 3 Điều 111 Bộ luật Lao động 2019");
            // The example: from Friday 24/4/2026, one working day is Tuesday 28/4.
            assertThat(DAYS.addWorkingDays(date(2026, 4, 24), 1)).isEqualTo(date(2026, 4, 28));
            // 1/5/2027 is a Saturday: Monday 3/5/2027 is off.
            assertThat(DAYS.addWorkingDays(date(2027, 4, 29), 1)).isEqualTo(date(2027, 5, 4));
        }

        @Test
        void twoWeekendHolidaysInARowAreMadeUpOnTheNextTwoWorkingDays() {
            // 2023: Hùng Kings' day Saturday 29/4, 30/4 Sunday, 1/5 Monday: made up Tuesday 2/5 and Wednesday 3/5.
            assertThat(daysOf(2023, DayOff.Reason.MADE_UP_DAY)).contains(date(2023, 5, 2), date(2023, 5, 3));
            assertThat(DAYS.addWorkingDays(date(2023, 4, 28), 1)).isEqualTo(date(2023, 5, 4));
        }
    }

    @Nested
    class NationalDay {

        @ParameterizedTest(name = "2/9/{0} is a {1}: the adjacent day is {2}")
        @CsvSource({
                "2021, THURSDAY, 2021-09-03",
                "2022, FRIDAY, 2022-09-01",
                "2023, SATURDAY, 2023-09-01",
                "2024, MONDAY, 2024-09-03",
                "2025, TUESDAY, 2025-09-01",
                "2026, WEDNESDAY, 2026-09-01",
                "2027, THURSDAY, 2027-09-03",
                "2028, SATURDAY, 2028-09-01",
                "2029, SUNDAY, 2029-09-03",
                "2030, MONDAY, 2030-09-03",
        })
        void theAdjacentDayIsAWorkingDayJoiningAWeekendWhenItCan(int year, java.time.DayOfWeek nationalDay, LocalDate adjacent) {
            assertThat(date(year, 9, 2).getDayOfWeek()).isEqualTo(nationalDay);
            assertThat(HolidayRules.DEFAULT.nationalDayAdjacent(year)).isEqualTo(adjacent);
            assertThat(ResolvedYear.isWeekend(adjacent)).isFalse();
            assertThat(SHIPPED.daysOff(year)).anySatisfy(d -> {
                assertThat(d.date()).isEqualTo(adjacent);
                assertThat(d.reason()).isEqualTo(DayOff.Reason.HOLIDAY);
                assertThat(d.legalBasis()).isEqualTo("Điểm đ khoản 1 Điều 112 Bộ luật Lao động 2019");
            });
        }

        @Test
        void in2024TheDaysOffAreTheSecondAndThird() {
            // 1/9/2024 is a Sunday: the example; 3/9/2024 is a day off.
            assertThat(DAYS.isWorkingDay(date(2024, 9, 3))).isFalse();
            assertThat(DAYS.isWorkingDay(date(2024, 9, 2))).isFalse();
            assertThat(DAYS.addWorkingDays(date(2024, 8, 30), 1)).isEqualTo(date(2024, 9, 4));
        }
    }

    @Nested
    class Tet {

        @ParameterizedTest(name = "{0}: mùng 1 {1}, off {2}")
        @CsvSource(delimiter = ';', value = {
                "2024; 2024-02-10; 2024-02-09 2024-02-12 2024-02-13 2024-02-14 2024-02-15",
                "2027; 2027-02-06; 2027-02-05 2027-02-08 2027-02-09 2027-02-10 2027-02-11",
                "2028; 2028-01-26; 2028-01-25 2028-01-26 2028-01-27 2028-01-28 2028-01-31",
                "2029; 2029-02-13; 2029-02-12 2029-02-13 2029-02-14 2029-02-15 2029-02-16",
                "2030; 2030-02-02; 2030-02-01 2030-02-04 2030-02-05 2030-02-06 2030-02-07",
        })
        void withoutANoticeFiveWeekdaysOff(int year, LocalDate newYear, String weekdaysOff) {
            assertThat(LunarCalendar.VIETNAM.newYear(year)).isEqualTo(newYear);
            assertThat(SHIPPED.tetAnnounced(year)).isFalse();
            List<LocalDate> expected = dates(weekdaysOff);
            assertThat(SHIPPED.resolve(year).weekdaysOff()).containsAll(expected);
            // The five days of art. 112(1)(b): the weekdays among them plus the made-up days.
            assertThat(expected).hasSize(5);
            // The day before the last day of the old year is not part of Tết.
            assertThat(SHIPPED.daysOff(year)).extracting(DayOff::date).doesNotContain(newYear.minusDays(2));
        }

        @Test
        void announcedBlocksReplaceTheDefaultAndResolveAsShipped() {
            assertThat(SHIPPED.tetAnnounced(2025)).isTrue();
            assertThat(SHIPPED.tetAnnounced(2026)).isTrue();
            // As before issue 14: the shipped overrides of 2025 give exactly these weekdays off.
            assertThat(SHIPPED.resolve(2025).weekdaysOff()).containsExactly(
                    date(2025, 1, 1), date(2025, 1, 27), date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30),
                    date(2025, 1, 31), date(2025, 4, 7), date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2),
                    date(2025, 9, 1), date(2025, 9, 2));
            assertThat(SHIPPED.resolve(2025).workingWeekendDays()).containsExactly(date(2025, 4, 26));
            // The default would make up Saturday 1/2/2025 on Monday 3/2; the announced block does not.
            assertThat(DAYS.isWorkingDay(date(2025, 2, 3))).isTrue();
            // 2026: 14 to 22 February; Monday 23 February works.
            assertThat(SHIPPED.resolve(2026).weekdaysOff()).containsExactly(
                    date(2026, 1, 1), date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 19),
                    date(2026, 2, 20), date(2026, 4, 27), date(2026, 4, 30), date(2026, 5, 1),
                    date(2026, 9, 1), date(2026, 9, 2));
            assertThat(DAYS.isWorkingDay(date(2026, 2, 23))).isTrue();
            assertThat(daysOf(2026, DayOff.Reason.ANNOUNCED_DAY_OFF)).hasSize(9);
        }

        @Test
        void announcedDaysFarFromTetDoNotReplaceIt() {
            WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayRules.DEFAULT,
                    List.of(YearOverrides.none(2027).withDaysOff(date(2027, 4, 29), date(2027, 4, 29))));
            assertThat(calendar.tetAnnounced(2027)).isFalse();
            assertThat(calendar.resolve(2027).weekdaysOff()).contains(date(2027, 2, 10), date(2027, 2, 11),
                    date(2027, 4, 29));
        }

        @Test
        void the1985And2007NewYearsAreTheVietnameseOnes() {
            // 1985: mùng 1 on Monday 21/1 in Vietnam (20/2 in China); 2007: Saturday 17/2 (18/2 in China).
            assertThat(HolidayRules.DEFAULT.tet(1985)).containsExactly(date(1985, 1, 20), date(1985, 1, 21),
                    date(1985, 1, 22), date(1985, 1, 23), date(1985, 1, 24));
            assertThat(HolidayRules.DEFAULT.tet(2007)).containsExactly(date(2007, 2, 16), date(2007, 2, 17),
                    date(2007, 2, 18), date(2007, 2, 19), date(2007, 2, 20));
            assertThat(SHIPPED.resolve(2007).weekdaysOff()).contains(date(2007, 2, 21), date(2007, 2, 22))
                    .doesNotContain(date(2007, 2, 23));
            assertThat(SHIPPED.resolve(1985).weekdaysOff()).contains(date(1985, 1, 25))
                    .doesNotContain(date(1985, 2, 20), date(1985, 2, 21));
        }
    }

    @Nested
    class DeadlinesOnDaysOff {

        @ParameterizedTest(name = "printed {0} ({1}) ends {2}")
        @CsvSource({
                "2024-03-17, a Sunday, 2024-03-18",
                "2026-12-13, a Sunday, 2026-12-14",
                "2029-03-17, a Saturday, 2029-03-19",
                "2026-04-30, a holiday, 2026-05-04",
                "2024-09-03, National Day's adjacent day, 2024-09-04",
                "2026-04-27, a made-up day, 2026-04-28",
                "2028-01-31, a made-up day of Tết, 2028-02-01",
                "2025-01-29, an announced Tết day, 2025-02-03",
                "2025-05-02, a day off for a swapped Saturday, 2025-05-05",
                "2025-04-26, a swapped Saturday (a working day), 2025-04-26",
                "2027-02-05, the default Tết, 2027-02-12",
                "2025-06-18, a working day, 2025-06-18",
        })
        void aTimeLimitEndingOnADayOffEndsOnTheNextWorkingDay(LocalDate printed, String kind, LocalDate effective) {
            assertThat(DAYS.lastDayOfTimeLimit(printed)).isEqualTo(effective);
        }

        @Test
        void acrossTheYearBoundaries() {
            // Friday 31/12/2027; 1/1/2028 is a Saturday made up on Monday 3/1.
            assertThat(DAYS.addWorkingDays(date(2027, 12, 31), 1)).isEqualTo(date(2028, 1, 4));
            assertThat(DAYS.lastDayOfTimeLimit(date(2028, 1, 1))).isEqualTo(date(2028, 1, 4));
            // Monday 31/12/2029; Tuesday 1/1/2030 off.
            assertThat(DAYS.addWorkingDays(date(2029, 12, 31), 1)).isEqualTo(date(2030, 1, 2));
            // Sunday 31/12/2028 ends on Tuesday 2/1/2029 (Monday 1/1 is New Year's day).
            assertThat(DAYS.lastDayOfTimeLimit(date(2028, 12, 31))).isEqualTo(date(2029, 1, 2));
            assertThat(DAYS.workingDaysBetween(date(2027, 12, 30), date(2028, 1, 4))).isEqualTo(2);
        }
    }

    @Test
    void dayOffReasonsOf2025() {
        List<DayOff> days = SHIPPED.daysOff(2025);
        assertThat(days).filteredOn(d -> d.date().equals(date(2025, 5, 2))).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(DayOff.Reason.WEEKEND_SWAP));
        assertThat(days).filteredOn(d -> d.date().equals(date(2025, 1, 27))).singleElement()
                .satisfies(d -> {
                    assertThat(d.reason()).isEqualTo(DayOff.Reason.ANNOUNCED_DAY_OFF);
                    assertThat(d.legalBasis()).contains("2025", "khoản 3 Điều 112");
                });
        assertThat(days).filteredOn(d -> d.date().equals(date(2025, 4, 30))).singleElement()
                .satisfies(d -> {
                    assertThat(d.reason()).isEqualTo(DayOff.Reason.HOLIDAY);
                    assertThat(d.legalBasis()).isEqualTo("Điểm c khoản 1 Điều 112 Bộ luật Lao động 2019");
                });
        // The announced block replaces the default Tết days: none of them is listed as a HOLIDAY any more.
        assertThat(days).filteredOn(d -> d.reason() == DayOff.Reason.HOLIDAY).extracting(DayOff::date)
                .doesNotContain(date(2025, 1, 29));
        assertThat(days).extracting(DayOff::date).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aRemovedMadeUpDayIsAWorkingDay() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayRules.DEFAULT,
                List.of(YearOverrides.none(2026).withDayOffRemoved(date(2026, 4, 27))));
        assertThat(calendar.resolve(2026).isWorkingDay(date(2026, 4, 27))).isTrue();
    }
}
