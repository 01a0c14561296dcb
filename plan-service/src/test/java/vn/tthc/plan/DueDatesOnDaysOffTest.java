package vn.tthc.plan;

import vn.tthc.platform.calendar.PublishedCalendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tthc.plan.schedule.Schedule;
import vn.tthc.plan.schedule.ScheduleParser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Civil Code 2015, art. 148(5) on plan tasks: a due date on a weekend or a day off ends on the next working day.
 * The calendar is 2026 as feedback-service publishes it: Hùng Kings' day on Sunday 26/4 made up on Monday 27/4,
 * 30/4 and 1/5 (Thursday, Friday).
 */
class DueDatesOnDaysOffTest {

    private static final PlanPeriod YEAR_2026 = PlanPeriod.year(2026);
    private static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");
    private static final Actor OFFICER = new Actor("officer-1", "vp.officer", "SKHCN-VP");
    private static final PublishedCalendar Y2026 = new PublishedCalendar(Set.of(2026), Map.of(
            LocalDate.of(2026, 4, 27), false, LocalDate.of(2026, 4, 30), false, LocalDate.of(2026, 5, 1), false,
            LocalDate.of(2026, 1, 1), false));

    private static Task task(String timeText, PublishedCalendar calendar) {
        Schedule schedule = new ScheduleParser(YEAR_2026).parse(timeText);
        Task task = new Task(UUID.randomUUID(), null, null, 0, new TaskSpec("1", "Rà soát thủ tục hành chính",
                List.of(new UnitRef("SKHCN-VP", "Văn phòng Sở")), List.of(), List.of(), null, schedule, List.of(), List.of()),
                YEAR_2026);
        task.applyCalendar(calendar);
        return task;
    }

    @ParameterizedTest(name = "printed {0} ({1}) is due {2}")
    @CsvSource({
            "2026-04-26, Sunday then a made-up day, 2026-04-28",
            "2026-04-27, made-up day, 2026-04-28",
            "2026-04-30, holiday then a weekend, 2026-05-04",
            "2026-03-14, Saturday, 2026-03-16",
            "2026-06-17, a working day, 2026-06-17",
            "2025-12-31, a working day, 2025-12-31",
            "2027-01-02, Saturday of a year not published, 2027-01-04",
    })
    void theEffectiveDueDate(LocalDate printed, String kind, LocalDate effective) {
        assertThat(Y2026.lastDayOfTimeLimit(printed)).isEqualTo(effective);
    }

    @Test
    void aTaskDueOnADayOffAndDoneOnTheNextWorkingDayIsOnTime() {
        Task task = task("Trước ngày 27/4/2026", Y2026);
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(task.effectiveDueDate()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(task.occurrences().get(0).effectiveDueDate()).isEqualTo(LocalDate.of(2026, 4, 28));

        TaskCompletion completion = task.complete(LocalDate.of(2026, 4, 28), OFFICER, LocalDate.of(2026, 6, 1), NOW);
        assertThat(completion.onTime()).isTrue();
        assertThat(completion.dueDate()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(completion.effectiveDueDate()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(task.isOnTime()).isTrue();
    }

    @Test
    void aTaskDueOnASundayAndDoneTheDayAfterTheNextWorkingDayIsLate() {
        Task task = task("Trước ngày 26/4/2026", Y2026);
        assertThat(task.complete(LocalDate.of(2026, 4, 29), OFFICER, LocalDate.of(2026, 6, 1), NOW).onTime()).isFalse();
        // Without the published calendar only the weekend moves it: Monday 27/4 is then the last day.
        Task weekendsOnly = task("Trước ngày 26/4/2026", PublishedCalendar.WEEKENDS_ONLY);
        assertThat(weekendsOnly.effectiveDueDate()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(weekendsOnly.complete(LocalDate.of(2026, 4, 28), OFFICER, LocalDate.of(2026, 6, 1), NOW).onTime()).isFalse();
    }

    @Test
    void anOccurrenceDueOnADayOffIsOverdueOnlyAfterTheNextWorkingDay() {
        TaskOccurrence occurrence = task("Trước ngày 26/4/2026", Y2026).occurrences().get(0);
        assertThat(occurrence.markOverdue(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(occurrence.isOverdue(LocalDate.of(2026, 4, 28))).isFalse();
        assertThat(occurrence.markOverdue(LocalDate.of(2026, 4, 28))).isFalse();
        assertThat(occurrence.markOverdue(LocalDate.of(2026, 4, 29))).isTrue();
    }

    @Test
    void aNewTaskCountsWeekendsBeforeItsCalendarIsApplied() {
        Schedule schedule = new ScheduleParser(YEAR_2026).parse("Trước ngày 14/3/2026");
        Task task = new Task(UUID.randomUUID(), null, null, 0, new TaskSpec("1", "Báo cáo",
                List.of(new UnitRef("SKHCN-VP", "Văn phòng Sở")), List.of(), List.of(), null, schedule, List.of(), List.of()),
                YEAR_2026);
        assertThat(task.effectiveDueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aCalendarWithoutWorkingDaysIsAnError() {
        Map<LocalDate, Boolean> allOff = new java.util.HashMap<>();
        LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 10)).forEach(day -> allOff.put(day, false));
        assertThatIllegalStateException().isThrownBy(() ->
                new PublishedCalendar(Set.of(2026), allOff).lastDayOfTimeLimit(LocalDate.of(2026, 1, 5)));
        assertThat(Y2026.lastDayOfTimeLimit(null)).isNull();
    }
}
