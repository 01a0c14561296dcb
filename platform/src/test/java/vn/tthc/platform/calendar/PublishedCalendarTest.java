package vn.tthc.platform.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublishedCalendarTest {

    /** 2026 as published: Hùng Kings' day on Sunday 26/4 made up on Monday 27/4, 30/4 and 1/5 off, Saturday 9/5 worked. */
    private static final PublishedCalendar Y2026 = new PublishedCalendar(Set.of(2026), Map.of(
            LocalDate.of(2026, 4, 26), false, LocalDate.of(2026, 4, 27), false,
            LocalDate.of(2026, 4, 30), false, LocalDate.of(2026, 5, 1), false,
            LocalDate.of(2026, 5, 9), true));

    @Test
    void exceptionsOverrideTheDayOfTheWeek() {
        assertThat(Y2026.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(Y2026.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
        assertThat(Y2026.isWorkingDay(LocalDate.of(2026, 5, 10))).isFalse();
        assertThat(Y2026.isWorkingDay(LocalDate.of(2026, 5, 11))).isTrue();
    }

    @Test
    void aTimeLimitEndingOnADayOffEndsOnTheNextWorkingDay() {
        assertThat(Y2026.lastDayOfTimeLimit(LocalDate.of(2026, 4, 26))).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(Y2026.lastDayOfTimeLimit(LocalDate.of(2026, 4, 30))).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(Y2026.lastDayOfTimeLimit(LocalDate.of(2026, 5, 9))).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(Y2026.lastDayOfTimeLimit(null)).isNull();
    }

    @Test
    void workingDaysAreCountedStrictlyAfterTheDay() {
        assertThat(Y2026.workingDaysAfter(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(Y2026.workingDaysAfter(LocalDate.of(2026, 4, 28), 3)).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> Y2026.workingDaysAfter(LocalDate.of(2026, 4, 28), 0));
    }

    @Test
    void aYearNotPublishedCountsMondayToFriday() {
        assertThat(Y2026.knows(2027)).isFalse();
        assertThat(PublishedCalendar.WEEKENDS_ONLY.lastDayOfTimeLimit(LocalDate.of(2027, 1, 2))).isEqualTo(LocalDate.of(2027, 1, 4));
    }
}
