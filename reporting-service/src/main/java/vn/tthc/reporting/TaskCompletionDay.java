package vn.tthc.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;

/** Tasks one unit completed on one day; report periods add up the days of their window. */
@Entity
@Table(name = "task_completion_day")
public class TaskCompletionDay {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int completed;

    @Column(name = "on_time", nullable = false)
    public int onTime;

    @Column(nullable = false)
    public int late;

    @Embeddable
    public record Key(@Column(name = "unit_code") String unitCode, LocalDate day) implements Serializable {
    }
}
