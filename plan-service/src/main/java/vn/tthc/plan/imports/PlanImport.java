package vn.tthc.plan.imports;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.tthc.plan.Actor;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.plan.PlanPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An uploaded plan document kept until its preview is confirmed; it is read again on confirmation. */
@Entity
@Table(name = "plan_import")
public class PlanImport {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Id
    private UUID id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "uploaded_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "uploaded_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "uploaded_by_unit"))
    private Actor uploadedBy;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "confirmed_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "confirmed_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "confirmed_by_unit"))
    private Actor confirmedBy;

    protected PlanImport() {
    }

    public PlanImport(String fileName, String contentType, byte[] content, PlanPeriod period, Actor uploadedBy,
                      Instant createdAt) {
        this.id = UUID.randomUUID();
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    /**
     * Reads the document again (the preview is always what the stored bytes say): the whole plan when the
     * document holds one, or just its appendix table when that is all it holds; a document that names no period is
     * read with the period chosen on upload.
     */
    public PlanDocumentPreview read() {
        PlanDocumentReader reader = new PlanDocumentReader();
        return isDocx() ? reader.readDocx(new java.io.ByteArrayInputStream(content), period()) : reader.readText(content, period());
    }

    public void confirmed(UUID planId, Actor by, Instant at) {
        if (this.planId != null) {
            throw new ConflictException("import.already-confirmed", id);
        }
        this.planId = planId;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public boolean isDocx() {
        return DOCX.equals(contentType);
    }

    public UUID id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public PlanPeriod period() {
        return new PlanPeriod(periodStart, periodEnd);
    }

    public UUID planId() {
        return planId;
    }

    /** Who uploaded the document; null for uploads recorded before authors were kept. */
    public Actor uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return createdAt;
    }

    public Actor confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
