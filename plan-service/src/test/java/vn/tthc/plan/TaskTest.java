package vn.tthc.plan;

import vn.tthc.platform.errors.ConflictException;

import vn.tthc.plan.schedule.Schedule;
import vn.tthc.plan.schedule.ScheduleParser;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTest {

    private static final PlanPeriod YEAR_2025 = PlanPeriod.year(2025);
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 20);
    private static final Instant NOW = Instant.parse("2025-12-20T03:00:00Z");
    private static final Actor OFFICER = new Actor("officer-1", "vp.officer", "SKHCN-VP");

    private static Task task(String timeText) {
        Schedule schedule = new ScheduleParser(YEAR_2025).parse(timeText);
        return new Task(UUID.randomUUID(), null, null, 0, new TaskSpec("2.1", "Rà soát thủ tục",
                List.of(new UnitRef("SKHCN-VP", "Văn phòng Sở")), List.of(), List.of(), null, schedule, List.of(), List.of()),
                YEAR_2025);
    }

    private static ProgressUpdate done(LocalDate on) {
        return new ProgressUpdate(TaskStatus.DONE, null, null, on, null);
    }

    @Test
    void aDatedTaskHasOneOccurrenceAndDoneOnTheDueDateIsOnTime() {
        Task task = task("Trước ngày 31/3/2025");
        assertThat(task.occurrences()).hasSize(1);
        TaskCompletion completion = task.complete(LocalDate.of(2025, 3, 31), OFFICER, TODAY, NOW);
        assertThat(completion.onTime()).isTrue();
        assertThat(completion.occurrenceId()).isEqualTo(task.occurrences().get(0).id());
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void doneAfterTheDueDateIsLate() {
        assertThat(task("Trước ngày 31/3/2025").complete(LocalDate.of(2025, 4, 1), OFFICER, TODAY, NOW).onTime()).isFalse();
    }

    @Test
    void anOngoingTaskHasNoOccurrenceAndIsNeverLate() {
        Task ongoing = task("Thường xuyên");
        assertThat(ongoing.occurrences()).isEmpty();
        assertThat(ongoing.dueDate()).isNull();
        ProgressOutcome note = ongoing.recordProgress(null, new ProgressUpdate(TaskStatus.IN_PROGRESS, "Quý I: đã rà soát 12 thủ tục",
                null, null, "2025-Q1"), OFFICER, TODAY, NOW);
        assertThat(note.completion()).isEmpty();
        assertThat(note.entry().reportingPeriod()).isEqualTo("2025-Q1");
        assertThat(note.entry().recordedBy()).isEqualTo(OFFICER);
        assertThat(ongoing.complete(LocalDate.of(2025, 12, 1), OFFICER, TODAY, NOW).onTime()).isTrue();
    }

    @Test
    void aQuarterlyTaskIsTrackedPerOccurrence() {
        Task quarterly = task("Định kỳ hàng quý (trước ngày 19 của tháng cuối quý)");
        assertThat(quarterly.occurrences()).hasSize(4);
        TaskOccurrence first = quarterly.occurrences().get(0);
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2025, 3, 19));

        assertThatThrownBy(() -> quarterly.recordProgress(null, done(LocalDate.of(2025, 3, 10)), OFFICER, TODAY, NOW))
                .isInstanceOf(ConflictException.class).extracting("reason").isEqualTo("task.occurrence-required");

        ProgressOutcome outcome = quarterly.recordProgress(first.id(), done(LocalDate.of(2025, 3, 25)), OFFICER, TODAY, NOW);
        assertThat(outcome.completion()).get().satisfies(c -> {
            assertThat(c.onTime()).isFalse();
            assertThat(c.dueDate()).isEqualTo(LocalDate.of(2025, 3, 19));
            assertThat(c.occurrenceLabel()).isEqualTo(first.label());
        });
        assertThat(quarterly.status()).isEqualTo(TaskStatus.IN_PROGRESS);

        for (TaskOccurrence occurrence : quarterly.occurrences().subList(1, 4)) {
            quarterly.recordProgress(occurrence.id(), done(occurrence.dueDate()), OFFICER, TODAY, NOW);
        }
        assertThat(quarterly.status()).isEqualTo(TaskStatus.DONE);
        assertThat(quarterly.completedOn()).isEqualTo(quarterly.occurrences().get(3).dueDate());
    }

    @Test
    void cannotBeCompletedTwiceNorProgressedOnceCancelled() {
        Task task = task("Trước ngày 31/3/2025");
        task.complete(LocalDate.of(2025, 3, 1), OFFICER, TODAY, NOW);
        assertThatThrownBy(() -> task.complete(LocalDate.of(2025, 3, 2), OFFICER, TODAY, NOW))
                .isInstanceOf(ConflictException.class).extracting("reason").isEqualTo("task.already-done");

        Task cancelled = task("Trước ngày 31/3/2025");
        cancelled.recordProgress(null, new ProgressUpdate(TaskStatus.CANCELLED, "Không còn phù hợp", null, null, null), OFFICER, TODAY, NOW);
        assertThat(cancelled.occurrences().get(0).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThatThrownBy(() -> cancelled.recordProgress(null, done(null), OFFICER, TODAY, NOW))
                .isInstanceOf(ConflictException.class).extracting("reason").isEqualTo("task.cancelled");
    }

    @Test
    void aDoneTaskCanBeReopened() {
        Task task = task("Trước ngày 31/3/2025");
        task.complete(LocalDate.of(2025, 3, 1), OFFICER, TODAY, NOW);
        task.reopen(null);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.occurrences().get(0).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThatThrownBy(() -> task.reopen(null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anOccurrencePastDueIsMarkedOverdueOnce() {
        TaskOccurrence occurrence = task("Trước ngày 31/3/2025").occurrences().get(0);
        assertThat(occurrence.markOverdue(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(occurrence.markOverdue(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(occurrence.markOverdue(LocalDate.of(2025, 4, 2))).isFalse();
        assertThat(occurrence.overdueSince()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void unknownUnitsAndDeadlinesOutsideThePeriodAreWarningsNotErrors() {
        Schedule schedule = new ScheduleParser(YEAR_2025).parse("Trước ngày 15/01/2026");
        Task task = new Task(UUID.randomUUID(), null, null, 0, new TaskSpec("1", "Nhiệm vụ",
                List.of(new UnitRef(null, "Phòng không có")), List.of(), List.of(), null, schedule, List.of(), List.of()), YEAR_2025);
        assertThat(task.warnings()).extracting(TaskWarning::code)
                .contains(TaskWarning.UNKNOWN_UNIT, TaskWarning.OUTSIDE_PERIOD);
        assertThat(task.leadUnitCode()).isNull();
    }

    @Test
    void storesTextInNfc() {
        Task t = new Task(UUID.randomUUID(), null, null, 0, new TaskSpec(" 1 ", "Tho\u0302\u0300ng tin", List.of(), List.of(),
                List.of(), null, null, List.of(), List.of()), null);
        assertThat(t.content()).isEqualTo("Th\u1ed3ng tin");
        assertThat(t.label()).isEqualTo("1");
    }
}
