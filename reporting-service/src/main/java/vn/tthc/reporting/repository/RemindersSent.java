package vn.tthc.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/** The reminders already sent, one of each kind per expected submission. */
@ApplicationScoped
public class RemindersSent {

    private final EntityManager entityManager;

    public RemindersSent(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records a reminder as sent; false when it already was (by this or another replica). */
    public boolean markSent(String regimeCode, String periodKey, String unitCode, String kind, Instant now) {
        return entityManager.createNativeQuery("""
                        insert into reminder_sent (regime_code, period_key, unit_code, kind, sent_at)
                        values (:regime, :period, :unit, :kind, :now)
                        on conflict do nothing""")
                .setParameter("regime", regimeCode).setParameter("period", periodKey).setParameter("unit", unitCode)
                .setParameter("kind", kind).setParameter("now", now)
                .executeUpdate() == 1;
    }
}
