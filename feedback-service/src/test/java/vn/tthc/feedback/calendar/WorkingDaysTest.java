package vn.tthc.feedback.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    /** The Tết holiday of 2025 as the government set it: Saturday 25 January to Sunday 2 February. */
    private static final YearOverrides Y2025 = YearOverrides.none(2025)
            .withDaysOff(date(2025, 1, 25), date(2025, 2, 2));

    /** The Tết holiday of 2026 as the government set it: Saturday 14 to Sunday 22 February. */
    private static final YearOverrides Y2026 = YearOverrides.none(2026)
            .withDaysOff(date(2026, 2, 14), date(2026, 2, 22));

    private static final WorkingDays DEFAULTS = new WorkingDays(new WorkingDayCalendar(HolidayRules.DEFAULT, List.of()));
    private static final WorkingDays ANNOUNCED =
            new WorkingDays(new WorkingDayCalendar(HolidayRules.DEFAULT, List.of(Y2025, Y2026)));

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class AcrossWeekends {

        @Test
        void theDayOfReceiptIsNotCounted() {
            // Friday 14 March 2025: Monday 17, Tuesday 18, Wednesday 19.
            assertThat(DEFAULTS.addWorkingDays(date(2025, 3, 14), 1)).isEqualTo(date(2025, 3, 17));
            assertThat(DEFAULTS.addWorkingDays(date(2025, 3, 14), 3)).isEqualTo(date(2025, 3, 19));
            assertThat(DEFAULTS.addWorkingDays(date(2025, 3, 12), 5)).isEqualTo(date(2025, 3, 19));
            assertThat(DEFAULTS.addWorkingDays(date(2025, 3, 12), 10)).isEqualTo(date(2025, 3, 26));
        }

        @Test
        void receivedOnAWeekendCountsFromMonday() {
            assertThat(DEFAULTS.addWorkingDays(date(2025, 3, 15), 1)).isEqualTo(date(2025, 3, 17));
            assertThat(DEFAULTS.addWorkingDays(date(2025, 3, 16), 2)).isEqualTo(date(2025, 3, 18));
        }

        @Test
        void zeroDaysIsTheSameDayOrTheNextWorkingDay() {
            assertThat(DEFAULTS.addWorkingDays(date(2025, 3, 12), 0)).isEqualTo(date(2025, 3, 12));
            assertThat(DEFAULTS.addWorkingDays(date(2025, 3, 15), 0)).isEqualTo(date(2025, 3, 17));
        }

        @Test
        void negativeCountsAreRejected() {
            assertThatThrownBy(() -> DEFAULTS.addWorkingDays(date(2025, 3, 12), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class AcrossTet {

        @Test
        void tet2025AsAnnounced() {
            // Friday 24 January; off 25 January to 2 February; then Monday 3 to Friday 7 February.
            assertThat(ANNOUNCED.addWorkingDays(date(2025, 1, 24), 5)).isEqualTo(date(2025, 2, 7));
            assertThat(ANNOUNCED.addWorkingDays(date(2025, 1, 24), 1)).isEqualTo(date(2025, 2, 3));
            assertThat(ANNOUNCED.addWorkingDays(date(2025, 1, 29), 0)).isEqualTo(date(2025, 2, 3));
            assertThat(ANNOUNCED.isWorkingDay(date(2025, 1, 27))).isFalse();
        }

        @Test
        void tet2025ByTheDefaultRuleAlone() {
            // Without the announcement Monday 27 January (28 tháng Chạp) is a working day; Tết is 28 January to
            // Saturday 1 February, made up on Monday 3 February (Labour Code art. 111(3)).
            assertThat(DEFAULTS.isWorkingDay(date(2025, 1, 27))).isTrue();
            assertThat(DEFAULTS.isWorkingDay(date(2025, 2, 3))).isFalse();
            assertThat(DEFAULTS.addWorkingDays(date(2025, 1, 24), 5)).isEqualTo(date(2025, 2, 7));
        }

        @Test
        void tet2026AsAnnounced() {
            // Off Saturday 14 to Sunday 22 February 2026.
            assertThat(ANNOUNCED.addWorkingDays(date(2026, 2, 13), 5)).isEqualTo(date(2026, 2, 27));
            assertThat(ANNOUNCED.addWorkingDays(date(2026, 2, 12), 5)).isEqualTo(date(2026, 2, 26));
            assertThat(ANNOUNCED.addWorkingDays(date(2026, 2, 10), 3)).isEqualTo(date(2026, 2, 13));
            assertThat(ANNOUNCED.addWorkingDays(date(2026, 2, 10), 4)).isEqualTo(date(2026, 2, 23));
            assertThat(ANNOUNCED.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 23))).isEqualTo(1);
        }

        @Test
        void aTenDayTimeLimitOverTet2026() {
            // Received Wednesday 11 February 2026: 12, 13, then 23 to 27 February and 2 to 4 March.
            assertThat(ANNOUNCED.addWorkingDays(date(2026, 2, 11), 10)).isEqualTo(date(2026, 3, 4));
        }
    }

    @Nested
    class OtherHolidays {

        @Test
        void reunificationAndLabourDay2026() {
            // Thursday 30 April and Friday 1 May 2026.
            assertThat(DEFAULTS.addWorkingDays(date(2026, 4, 29), 1)).isEqualTo(date(2026, 5, 4));
            assertThat(DEFAULTS.addWorkingDays(date(2026, 4, 28), 2)).isEqualTo(date(2026, 5, 4));
        }

        @Test
        void aSwappedSaturdayIsAWorkingDay() {
            // 2025: Saturday 26 April worked so that Friday 2 May was off, 30 April to 4 May.
            WorkingDays days = new WorkingDays(new WorkingDayCalendar(HolidayRules.DEFAULT, List.of(
                    YearOverrides.none(2025)
                            .withSwappedWorkingDay(date(2025, 4, 26))
                            .withDaysOff(date(2025, 5, 2), date(2025, 5, 2)))));

            assertThat(days.isWorkingDay(date(2025, 4, 26))).isTrue();
            assertThat(days.addWorkingDays(date(2025, 4, 24), 2)).isEqualTo(date(2025, 4, 26));
            assertThat(days.addWorkingDays(date(2025, 4, 25), 1)).isEqualTo(date(2025, 4, 26));
            assertThat(days.addWorkingDays(date(2025, 4, 29), 3)).isEqualTo(date(2025, 5, 7));
            // Without the swap: Friday 2 May counts, Saturday 26 April does not.
            assertThat(DEFAULTS.addWorkingDays(date(2025, 4, 25), 1)).isEqualTo(date(2025, 4, 28));
            assertThat(DEFAULTS.addWorkingDays(date(2025, 4, 29), 3)).isEqualTo(date(2025, 5, 6));
        }

        @Test
        void nationalDayWithTheFirstOfSeptember() {
            // 2025: Monday 1 and Tuesday 2 September.
            assertThat(DEFAULTS.addWorkingDays(date(2025, 8, 29), 1)).isEqualTo(date(2025, 9, 3));
            // 2026: Tuesday 1 and Wednesday 2 September.
            assertThat(DEFAULTS.addWorkingDays(date(2026, 8, 31), 1)).isEqualTo(date(2026, 9, 3));
        }

        @Test
        void nationalDayMovedToTheThirdByNotice() {
            // 2025 as if the notice had given Wednesday 3 September instead of Monday 1 September.
            WorkingDays days = new WorkingDays(new WorkingDayCalendar(HolidayRules.DEFAULT, List.of(
                    YearOverrides.none(2025).withDayOffRemoved(date(2025, 9, 1))
                            .withDaysOff(date(2025, 9, 3), date(2025, 9, 3)))));
            assertThat(days.addWorkingDays(date(2025, 8, 29), 1)).isEqualTo(date(2025, 9, 1));
            assertThat(days.addWorkingDays(date(2025, 8, 29), 2)).isEqualTo(date(2025, 9, 4));
        }

        @Test
        void hungKingsDayOnASundayIsMadeUpOnMonday() {
            // 10/3 of lunar 2026 is Sunday 26 April 2026: Monday 27 April is off (Labour Code art. 111(3)).
            assertThat(DEFAULTS.isWorkingDay(date(2026, 4, 27))).isFalse();
            assertThat(DEFAULTS.addWorkingDays(date(2026, 4, 24), 1)).isEqualTo(date(2026, 4, 28));
            // Hùng Kings' day 2025 fell on Monday 7 April.
            assertThat(DEFAULTS.addWorkingDays(date(2025, 4, 4), 1)).isEqualTo(date(2025, 4, 8));
        }

        @Test
        void newYearsDayAcrossTheYearBoundary() {
            // Wednesday 31 December 2025; Thursday 1 January 2026 is off.
            assertThat(DEFAULTS.addWorkingDays(date(2025, 12, 31), 1)).isEqualTo(date(2026, 1, 2));
            assertThat(DEFAULTS.workingDaysBetween(date(2025, 12, 30), date(2026, 1, 2))).isEqualTo(2);
        }
    }

    @Nested
    class Counting {

        @Test
        void workingDaysBetweenCountsTheDaysAfterTheFirst() {
            assertThat(ANNOUNCED.workingDaysBetween(date(2025, 1, 24), date(2025, 2, 7))).isEqualTo(5);
            assertThat(ANNOUNCED.workingDaysBetween(date(2025, 2, 7), date(2025, 1, 24))).isEqualTo(-5);
            assertThat(ANNOUNCED.workingDaysBetween(date(2025, 1, 24), date(2025, 1, 24))).isZero();
            assertThat(ANNOUNCED.workingDaysBetween(date(2025, 1, 24), date(2025, 2, 2))).isZero();
            // The announcement takes Monday 27 January and Friday 2 May off and gives Saturday 26 April back; the
            // defaults take Monday 3 February off instead (making up Saturday 1 February): the same count.
            assertThat(DEFAULTS.workingDaysBetween(date(2025, 1, 1), date(2025, 12, 31))).isEqualTo(
                    ANNOUNCED.workingDaysBetween(date(2025, 1, 1), date(2025, 12, 31)));
            assertThat(DEFAULTS.workingDaysBetween(date(2025, 1, 1), date(2025, 12, 31))).isEqualTo(250);
        }

        @Test
        void addingThenCountingGivesBackTheCount() {
            for (LocalDate d = date(2025, 1, 1); d.isBefore(date(2026, 12, 1)); d = d.plusDays(1)) {
                for (int n : new int[] {1, 2, 5, 10}) {
                    assertThat(ANNOUNCED.workingDaysBetween(d, ANNOUNCED.addWorkingDays(d, n))).as("%s + %d", d, n)
                            .isEqualTo(n);
                }
            }
        }

        @Test
        void dueWithinTheNextWorkingDays() {
            LocalDate friday = date(2025, 1, 24);
            assertThat(ANNOUNCED.isDueWithin(date(2025, 2, 7), friday, 5)).isTrue();
            assertThat(ANNOUNCED.isDueWithin(date(2025, 2, 7), friday, 4)).isFalse();
            assertThat(ANNOUNCED.isDueWithin(date(2025, 2, 1), friday, 1)).isTrue();
            assertThat(ANNOUNCED.isDueWithin(friday, friday, 0)).isTrue();
            assertThat(ANNOUNCED.isDueWithin(date(2025, 1, 23), friday, 5)).as("already overdue").isFalse();
            // On a day off, "within 0 working days" reaches to the next working day.
            assertThat(ANNOUNCED.isDueWithin(date(2025, 2, 3), date(2025, 1, 29), 0)).isTrue();
            assertThat(ANNOUNCED.isDueWithin(date(2025, 2, 4), date(2025, 1, 29), 0)).isFalse();
        }
    }

    @Nested
    class FromPublishedYearsOnly {

        @Test
        void countsTheSameAsTheCalendarThatComputedThem() {
            WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayRules.DEFAULT, List.of(Y2025, Y2026));
            WorkingDays published = WorkingDays.of(calendar.resolve(2025), calendar.resolve(2026));
            WorkingDays computed = new WorkingDays(calendar);

            for (LocalDate d = date(2025, 1, 1); d.isBefore(date(2026, 12, 1)); d = d.plusDays(1)) {
                assertThat(published.isWorkingDay(d)).as("%s", d).isEqualTo(computed.isWorkingDay(d));
                assertThat(published.addWorkingDays(d, 5)).as("%s", d).isEqualTo(computed.addWorkingDays(d, 5));
            }
        }

        @Test
        void refusesToCountIntoAnUnknownYear() {
            WorkingDays onlyTheFirst = WorkingDays.of(new WorkingDayCalendar(HolidayRules.DEFAULT, List.of()).resolve(2025));
            assertThat(onlyTheFirst.addWorkingDays(date(2025, 12, 24), 4)).isEqualTo(date(2025, 12, 30));
            assertThatThrownBy(() -> onlyTheFirst.addWorkingDays(date(2025, 12, 24), 10))
                    .isInstanceOfSatisfying(UnresolvedYearException.class, e -> assertThat(e.year()).isEqualTo(2026));
        }

        @Test
        void aYearGivenTwiceIsRejected() {
            ResolvedYear year = new ResolvedYear(2025, null, null);
            assertThatThrownBy(() -> WorkingDays.of(year, year)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
