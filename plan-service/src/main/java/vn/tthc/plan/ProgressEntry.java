package vn.tthc.plan;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One progress report on a task or an occurrence of it, kept as history. */
@Entity
@Table(name = "progress_entry")
public class ProgressEntry {

    @Id
    private UUID id;

    @Column(name = "task_id", nullable = false)
    private UUID taskId;

    @Column(name = "occurrence_id")
    private UUID occurrenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    private String note;

    @Embedded
    private Evidence evidence;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "reporting_period")
    private String reportingPeriod;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "recorded_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "recorded_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "recorded_by_unit"))
    private Actor recordedBy;

    protected ProgressEntry() {
    }

    public ProgressEntry(UUID taskId, UUID occurrenceId, ProgressUpdate update, LocalDate completedOn, Actor recordedBy,
                         Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.occurrenceId = occurrenceId;
        this.status = update.status();
        this.note = update.note();
        this.evidence = update.evidence();
        this.completedOn = completedOn;
        this.reportingPeriod = update.reportingPeriod();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID taskId() {
        return taskId;
    }

    public UUID occurrenceId() {
        return occurrenceId;
    }

    public TaskStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public Evidence evidence() {
        return evidence;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String reportingPeriod() {
        return reportingPeriod;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Who recorded it; null for entries recorded before authors were kept. */
    public Actor recordedBy() {
        return recordedBy;
    }
}
