package vn.tthc.platform.events.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    /**
     * Records a batch of events as processed in one statement, in the caller's transaction; returns the ids that
     * were not processed before (each once, however often it occurs in the batch).
     */
    public Set<String> markProcessed(Collection<IncomingEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        Map<String, IncomingEvent> distinct = new LinkedHashMap<>();
        events.forEach(event -> distinct.putIfAbsent(event.id(), event));
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            String[] ids = new String[distinct.size()];
            String[] types = new String[distinct.size()];
            String[] sources = new String[distinct.size()];
            int i = 0;
            for (IncomingEvent event : distinct.values()) {
                ids[i] = event.id();
                types[i] = event.type();
                sources[i] = event.source();
                i++;
            }
            Set<String> inserted = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (event_id, event_type, source, processed_at)
                    select id, type, source, now() from unnest(?::varchar[], ?::varchar[], ?::varchar[]) as e (id, type, source)
                    on conflict (event_id) do nothing
                    returning event_id""")) {
                Array idArray = connection.createArrayOf("varchar", ids);
                Array typeArray = connection.createArrayOf("varchar", types);
                Array sourceArray = connection.createArrayOf("varchar", sources);
                insert.setArray(1, idArray);
                insert.setArray(2, typeArray);
                insert.setArray(3, sourceArray);
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getString(1));
                    }
                }
            }
            return inserted;
        });
    }
}
