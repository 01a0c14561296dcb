package vn.tthc.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTest {

    private final Task task = new Task(UUID.randomUUID(), "2.1", "Rà soát thủ tục", "SKHCN-VP", LocalDate.of(2025, 3, 31));

    @Test
    void doneOnTheDueDateIsOnTime() {
        TaskCompletion completion = task.complete(LocalDate.of(2025, 3, 31));
        assertThat(completion.onTime()).isTrue();
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void doneAfterTheDueDateIsLate() {
        assertThat(task.complete(LocalDate.of(2025, 4, 1)).onTime()).isFalse();
    }

    @Test
    void aTaskWithoutDueDateIsNeverLate() {
        Task ongoing = new Task(UUID.randomUUID(), "1", "Thường xuyên", "SKHCN-VP", null);
        assertThat(ongoing.complete(LocalDate.of(2030, 1, 1)).onTime()).isTrue();
    }

    @Test
    void cannotBeCompletedTwice() {
        task.complete(LocalDate.of(2025, 3, 1));
        assertThatThrownBy(() -> task.complete(LocalDate.of(2025, 3, 2)))
                .isInstanceOf(ConflictException.class)
                .extracting("reason").isEqualTo("task.already-done");
    }

    @Test
    void storesTextInNfc() {
        String decomposed = "Tho\u0302\u0300ng tin"; // "Thồng tin" written with combining marks
        Task t = new Task(UUID.randomUUID(), " 1 ", decomposed, "X", null);
        assertThat(t.content()).isEqualTo("Th\u1ed3ng tin");
        assertThat(t.label()).isEqualTo("1");
    }
}
