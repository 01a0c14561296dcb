package vn.tthc.plan;

import vn.tthc.platform.calendar.PublishedCalendar;

import vn.tthc.platform.errors.ConflictException;

import vn.tthc.plan.schedule.Occurrence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

/** One dated occurrence of a task's schedule ("Quý I/2025", "Hạn 31/03/2025"): progress and lateness are tracked on it. */
@Entity
@Table(name = "task_occurrence")
public class TaskOccurrence {

    @Id
    private UUID id;

    @Column(name = "task_id", nullable = false)
    private UUID taskId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String label;

    /** The due date as the plan prints it. */
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** When it is really due: the printed date, or the next working day when that is a day off (Civil Code art. 148(5)). */
    @Column(name = "effective_due_date", nullable = false)
    private LocalDate effectiveDueDate;

    @Column(name = "within_period", nullable = false)
    private boolean withinPeriod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Version
    private long version;

    protected TaskOccurrence() {
    }

    public TaskOccurrence(UUID taskId, int position, Occurrence occurrence) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.position = position;
        this.label = occurrence.label();
        this.dueDate = occurrence.dueDate();
        this.effectiveDueDate = PublishedCalendar.WEEKENDS_ONLY.lastDayOfTimeLimit(dueDate);
        this.withinPeriod = occurrence.withinPeriod();
        this.status = TaskStatus.NOT_STARTED;
    }

    public boolean isOpen() {
        return status == TaskStatus.NOT_STARTED || status == TaskStatus.IN_PROGRESS;
    }

    /** Applies a progress status; returns whether this made it done. */
    boolean apply(TaskStatus newStatus, LocalDate completedOn) {
        if (status == TaskStatus.CANCELLED) {
            throw new ConflictException("occurrence.cancelled", id);
        }
        if (newStatus == TaskStatus.DONE && status == TaskStatus.DONE) {
            throw new ConflictException("task.already-done", id);
        }
        this.status = newStatus;
        this.completedOn = newStatus == TaskStatus.DONE ? completedOn : null;
        return newStatus == TaskStatus.DONE;
    }

    void reopen() {
        this.status = TaskStatus.IN_PROGRESS;
        this.completedOn = null;
    }

    /** Moves the effective due date off days off on the calendar. */
    void applyCalendar(PublishedCalendar calendar) {
        effectiveDueDate = calendar.lastDayOfTimeLimit(dueDate);
    }

    /** Done after the effective due date counts as late. */
    public boolean isOnTime() {
        return completedOn != null && !completedOn.isAfter(effectiveDueDate);
    }

    /**
     * Marks an open occurrence past its effective due date as overdue, once; returns whether it was marked now.
     */
    public boolean markOverdue(LocalDate today) {
        if (!isOpen() || !today.isAfter(effectiveDueDate) || overdueSince != null) {
            return false;
        }
        overdueSince = today;
        return true;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(effectiveDueDate);
    }

    public UUID id() {
        return id;
    }

    public UUID taskId() {
        return taskId;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate effectiveDueDate() {
        return effectiveDueDate;
    }

    public boolean withinPeriod() {
        return withinPeriod;
    }

    public TaskStatus status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public LocalDate overdueSince() {
        return overdueSince;
    }

    public long version() {
        return version;
    }
}
