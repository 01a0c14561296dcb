package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A recorded change to an issued plan: why, by whom, when. */
@Entity
@Table(name = "plan_amendment")
public class PlanAmendment {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "amended_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "amended_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "amended_by_unit"))
    private Actor amendedBy;

    protected PlanAmendment() {
    }

    public PlanAmendment(UUID planId, String reason, Actor amendedBy, Instant amendedAt) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.reason = VietnameseText.normalize(reason);
        this.amendedBy = amendedBy;
        this.amendedAt = amendedAt;
    }

    public UUID planId() {
        return planId;
    }

    public String reason() {
        return reason;
    }

    public Instant amendedAt() {
        return amendedAt;
    }

    /** Who amended the plan; null for amendments recorded before authors were kept. */
    public Actor amendedBy() {
        return amendedBy;
    }
}
