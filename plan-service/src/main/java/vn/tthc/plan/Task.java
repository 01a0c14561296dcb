package vn.tthc.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

/** A task of a plan's appendix, led by one unit. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    private String label;

    @Column(nullable = false)
    private String content;

    @Column(name = "lead_unit_code", nullable = false)
    private String leadUnitCode;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Version
    private long version;

    protected Task() {
    }

    public Task(UUID planId, String label, String content, String leadUnitCode, LocalDate dueDate) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.label = VietnameseText.normalize(label);
        this.content = VietnameseText.normalize(content);
        this.leadUnitCode = leadUnitCode;
        this.dueDate = dueDate;
        this.status = TaskStatus.NOT_STARTED;
    }

    /**
     * Marks the task done on the given date. Done after the due date counts as late.
     *
     * @throws ConflictException when the task is cancelled or already done
     */
    public TaskCompletion complete(LocalDate completedOn) {
        if (status == TaskStatus.CANCELLED) {
            throw new ConflictException("task.cancelled", id);
        }
        if (status == TaskStatus.DONE) {
            throw new ConflictException("task.already-done", id);
        }
        this.status = TaskStatus.DONE;
        this.completedOn = completedOn;
        return new TaskCompletion(id, planId, label, leadUnitCode, dueDate, completedOn, isOnTime());
    }

    /** Whether the task was done by its due date; a task without a due date is never late. */
    public boolean isOnTime() {
        return completedOn != null && (dueDate == null || !completedOn.isAfter(dueDate));
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public String label() {
        return label;
    }

    public String content() {
        return content;
    }

    public String leadUnitCode() {
        return leadUnitCode;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public TaskStatus status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public long version() {
        return version;
    }
}
