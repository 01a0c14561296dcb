package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One state change, kept as the audit trail: what was done, to which plan, task, upload or unit, by whom (the
 * token's subject, readable name and unit) and when. Written in the same transaction as the change; never
 * changed afterwards. The plan's history ({@code GET /plans/{id}/history}) lists those of a plan and its tasks.
 */
@Entity
@Table(name = "change_record")
public class ChangeRecord {

    @Id
    private UUID id;

    /** The order the changes were written in (times may tie). */
    @Column(insertable = false, updatable = false)
    private Long sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeAction action;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "task_id")
    private UUID taskId;

    @Column(name = "import_id")
    private UUID importId;

    @Column(name = "unit_code")
    private String unitCode;

    private String detail;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "actor_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "actor_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "actor_unit"))
    private Actor actor;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ChangeRecord() {
    }

    private ChangeRecord(ChangeAction action, UUID planId, UUID taskId, UUID importId, String unitCode, String detail,
                         Actor actor, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.action = Objects.requireNonNull(action);
        this.planId = planId;
        this.taskId = taskId;
        this.importId = importId;
        this.unitCode = unitCode;
        this.detail = VietnameseText.normalize(detail);
        this.actor = Objects.requireNonNull(actor);
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public static ChangeRecord ofPlan(ChangeAction action, UUID planId, String detail, Actor actor, Instant at) {
        return new ChangeRecord(action, planId, null, null, null, detail, actor, at);
    }

    public static ChangeRecord ofTask(ChangeAction action, Task task, String detail, Actor actor, Instant at) {
        return new ChangeRecord(action, task.planId(), task.id(), null, null, detail, actor, at);
    }

    public static ChangeRecord ofUpload(ChangeAction action, UUID importId, UUID planId, String detail, Actor actor, Instant at) {
        return new ChangeRecord(action, planId, null, importId, null, detail, actor, at);
    }

    public static ChangeRecord ofUnit(ChangeAction action, String unitCode, String detail, Actor actor, Instant at) {
        return new ChangeRecord(action, null, null, null, unitCode, detail, actor, at);
    }

    public UUID id() {
        return id;
    }

    public ChangeAction action() {
        return action;
    }

    public UUID planId() {
        return planId;
    }

    public UUID taskId() {
        return taskId;
    }

    public UUID importId() {
        return importId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String detail() {
        return detail;
    }

    public Actor actor() {
        return actor;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
