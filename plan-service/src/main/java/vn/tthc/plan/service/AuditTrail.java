package vn.tthc.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.tthc.plan.Actor;
import vn.tthc.plan.ChangeAction;
import vn.tthc.plan.ChangeRecord;
import vn.tthc.plan.Task;

import java.time.Clock;
import java.util.UUID;

/** Writes the audit trail ({@link ChangeRecord}) in the transaction of the change it records. */
@ApplicationScoped
public class AuditTrail {

    /** Details are a reminder of what changed, not a copy of it. */
    private static final int DETAIL_LENGTH = 300;

    private final EntityManager entityManager;
    private final Clock clock;

    public AuditTrail(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public void plan(ChangeAction action, UUID planId, String detail, Actor by) {
        entityManager.persist(ChangeRecord.ofPlan(action, planId, shortened(detail), by, clock.instant()));
    }

    public void task(ChangeAction action, Task task, String detail, Actor by) {
        entityManager.persist(ChangeRecord.ofTask(action, task, shortened(detail), by, clock.instant()));
    }

    public void upload(ChangeAction action, UUID importId, UUID planId, String detail, Actor by) {
        entityManager.persist(ChangeRecord.ofUpload(action, importId, planId, shortened(detail), by, clock.instant()));
    }

    public void unit(ChangeAction action, String unitCode, String detail, Actor by) {
        entityManager.persist(ChangeRecord.ofUnit(action, unitCode, shortened(detail), by, clock.instant()));
    }

    private static String shortened(String detail) {
        if (detail == null || detail.length() <= DETAIL_LENGTH) {
            return detail;
        }
        int end = DETAIL_LENGTH - 1;
        if (Character.isHighSurrogate(detail.charAt(end - 1))) {
            end--;
        }
        return detail.substring(0, end) + "…";
    }
}
