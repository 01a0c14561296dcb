package vn.tthc.reporting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a submission's content: the figures and texts per form (JSON), and which values were
 * prefilled from event-fed figures (JSON). A submitted version never changes again.
 */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion {

    @Id
    public UUID id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String content;

    @Column(nullable = false)
    public String prefilled;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Who saved this content last (who started the version, until someone saves it). */
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "saved_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "saved_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "saved_by_unit"))
    public Actor savedBy;

    /** Who submitted this version; null until it is submitted. */
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "submitted_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "submitted_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "submitted_by_unit"))
    public Actor submittedBy;

    public Boolean late;
}
