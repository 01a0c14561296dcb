package vn.tthc.plan;

import jakarta.persistence.Column;
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

    private String actor;

    protected PlanAmendment() {
    }

    public PlanAmendment(UUID planId, String reason, String actor, Instant amendedAt) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.reason = VietnameseText.normalize(reason);
        this.actor = actor;
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

    public String actor() {
        return actor;
    }
}
