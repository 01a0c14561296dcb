package vn.tthc.console.view;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days left on the published calendar: weekends and days off skipped, swapped Saturdays counted. */
class WorkingDaysTest {

    // 2025-04-30 (Wed) and 2025-05-01 (Thu) are holidays; 2025-05-02 (Fri) a day off; Saturday 2025-04-26 a working day.
    private final WorkingDays days = new WorkingDays(Set.of(LocalDate.parse("2025-04-30"), LocalDate.parse("2025-05-01"),
            LocalDate.parse("2025-05-02")), Set.of(LocalDate.parse("2025-04-26")));

    @Test
    void countsTheWorkingDaysAfterTodayUpToTheDueDate() {
        LocalDate monday = LocalDate.parse("2025-04-28");
        assertThat(days.left(monday, LocalDate.parse("2025-05-06"))).isEqualTo(3); // Tue 29, Mon 5, Tue 6
        assertThat(days.describe(monday, LocalDate.parse("2025-05-06"))).isEqualTo("còn 3 ngày làm việc");
        assertThat(days.left(monday, monday)).isZero();
        assertThat(days.describe(monday, monday)).isEqualTo("đến hạn hôm nay");
    }

    @Test
    void afterTheDueDateCountsTheWorkingDaysLate() {
        assertThat(days.left(LocalDate.parse("2025-05-06"), LocalDate.parse("2025-04-29"))).isEqualTo(-2);
        assertThat(days.describe(LocalDate.parse("2025-05-06"), LocalDate.parse("2025-04-29"))).isEqualTo("quá hạn 2 ngày làm việc");
    }

    @Test
    void aSwappedSaturdayIsAWorkingDayAndASundayIsNot() {
        assertThat(days.isWorkingDay(LocalDate.parse("2025-04-26"))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.parse("2025-04-27"))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.parse("2025-05-01"))).isFalse();
        assertThat(days.describe(LocalDate.parse("2025-05-01"), null)).isEmpty();
    }
}
