package vn.tthc.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A time-limited step of an item's handling: which unit has it, since when, and by when it is due. */
@Entity
@Table(name = "feedback_step")
public class Step {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private FeedbackItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepKind kind;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    /** The day the overdue job found it past its due date; set once, so it is reported once. */
    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    protected Step() {
    }

    Step(FeedbackItem item, StepKind kind, String unitCode, LocalDate startedOn, LocalDate dueDate) {
        this.item = item;
        this.kind = kind;
        this.unitCode = unitCode;
        this.startedOn = startedOn;
        this.dueDate = dueDate;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    void end(LocalDate on) {
        endedOn = on;
    }

    void dueOn(LocalDate due) {
        dueDate = due;
    }

    /** Marks the step overdue if it is open and past due; false if it is not, or already was marked. */
    public boolean markOverdue(LocalDate today) {
        if (!isOpen() || overdueSince != null || !today.isAfter(dueDate)) {
            return false;
        }
        overdueSince = today;
        return true;
    }

    /** Whether it ended, or is still open, after its due date as of today. */
    public boolean isLate(LocalDate today) {
        return (endedOn == null ? today : endedOn).isAfter(dueDate);
    }

    public Long id() {
        return id;
    }

    public FeedbackItem item() {
        return item;
    }

    public StepKind kind() {
        return kind;
    }

    public String unitCode() {
        return unitCode;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public LocalDate overdueSince() {
        return overdueSince;
    }
}
