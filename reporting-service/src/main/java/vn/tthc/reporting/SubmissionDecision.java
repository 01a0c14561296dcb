package vn.tthc.reporting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The receiving unit's decision on one submitted version. */
@Entity
@Table(name = "submission_decision")
public class SubmissionDecision {

    public enum Kind { ACCEPTED, RETURNED }

    @Id
    public UUID id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind decision;

    public String comment;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** Who accepted or returned the version. */
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "decided_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "decided_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "decided_by_unit"))
    public Actor decidedBy;
}
