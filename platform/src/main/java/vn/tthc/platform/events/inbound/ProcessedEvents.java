package vn.tthc.platform.events.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The ids of events already applied. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    public ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the event as processed; false when it already was (a redelivery). */
    public boolean markProcessed(IncomingEvent event) {
        int inserted = entityManager.createNativeQuery("""
                        insert into processed_event (event_id, event_type, source, processed_at)
                        values (:id, :type, :source, now())
                        on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("source", event.source())
                .executeUpdate();
        return inserted == 1;
    }
}
