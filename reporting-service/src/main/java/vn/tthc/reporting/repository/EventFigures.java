package vn.tthc.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.Session;
import vn.tthc.reporting.EventFigure;
import vn.tthc.reporting.Figures;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Event-fed figures per unit and day. Writes touch only the event's own unit; reads add up a unit's whole
 * subtree as the replica knows it when asked, so the figures of a parent include its children's.
 */
@ApplicationScoped
public class EventFigures {

    private final EntityManager entityManager;

    public EventFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(String unitCode, LocalDate day, EventFigure figure) {
        entityManager.createNativeQuery("""
                        insert into event_figure_day (unit_code, day, figure, amount) values (:unit, :day, :figure, 1)
                        on conflict (unit_code, day, figure) do update set amount = event_figure_day.amount + 1""")
                .setParameter("unit", unitCode)
                .setParameter("day", day)
                .setParameter("figure", figure.name())
                .executeUpdate();
    }

    /** One unit's count of one figure on one day. */
    public record Key(String unitCode, LocalDate day, EventFigure figure) {
    }

    /** Adds each amount to its unit's figure on its day, in one statement (a batch of events' effects). */
    public void addAll(Map<Key, Integer> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            String[] units = new String[amounts.size()];
            Date[] days = new Date[amounts.size()];
            String[] figures = new String[amounts.size()];
            Integer[] values = new Integer[amounts.size()];
            int i = 0;
            for (Map.Entry<Key, Integer> amount : amounts.entrySet()) {
                units[i] = amount.getKey().unitCode();
                days[i] = Date.valueOf(amount.getKey().day());
                figures[i] = amount.getKey().figure().name();
                values[i] = amount.getValue();
                i++;
            }
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into event_figure_day (unit_code, day, figure, amount)
                    select * from unnest(?::varchar[], ?::date[], ?::varchar[], ?::integer[])
                    on conflict (unit_code, day, figure) do update set amount = event_figure_day.amount + excluded.amount""")) {
                upsert.setArray(1, connection.createArrayOf("varchar", units));
                upsert.setArray(2, connection.createArrayOf("date", days));
                upsert.setArray(3, connection.createArrayOf("varchar", figures));
                upsert.setArray(4, connection.createArrayOf("integer", values));
                upsert.executeUpdate();
            }
        });
    }

    /** The unit's own figures, without the units under it. */
    public Figures ofUnit(String unitCode, LocalDate from, LocalDate to) {
        return figures(entityManager.createNativeQuery("""
                        select figure, sum(amount) from event_figure_day
                        where unit_code = :code and day between :from and :to group by figure""")
                .setParameter("code", unitCode), from, to);
    }

    /** The figures of the unit and of every unit under it. */
    public Figures ofSubtree(String unitCode, LocalDate from, LocalDate to) {
        return figures(entityManager.createNativeQuery(Units.SUBTREE + """
                         select f.figure, sum(f.amount) from event_figure_day f
                        where f.unit_code in (select code from down) and f.day between :from and :to
                        group by f.figure""")
                .setParameter("code", unitCode).setParameter("max", Units.MAX_DEPTH), from, to);
    }

    /** The figures of a set of units, each counted once (e.g. every unit under several units). */
    public Figures ofUnits(Collection<String> unitCodes, LocalDate from, LocalDate to) {
        if (unitCodes.isEmpty()) {
            return Figures.NONE;
        }
        return figures(entityManager.createNativeQuery("""
                        select figure, sum(amount) from event_figure_day
                        where unit_code in (:codes) and day between :from and :to group by figure""")
                .setParameter("codes", unitCodes), from, to);
    }

    private static Figures figures(Query query, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter("from", from).setParameter("to", to).getResultList();
        Map<EventFigure, Long> amounts = new EnumMap<>(EventFigure.class);
        for (Object[] row : rows) {
            amounts.put(EventFigure.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return Figures.of(amounts);
    }
}
