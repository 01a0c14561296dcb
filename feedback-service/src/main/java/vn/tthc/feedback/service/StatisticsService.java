package vn.tthc.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts of items received in a period, per status, unit, field and month, and of answers sent in the
 * period, on time and late.
 */
@ApplicationScoped
public class StatisticsService {

    private final EntityManager entityManager;

    public StatisticsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Count(String key, long count) {
    }

    public record Answers(long total, long onTime, long late) {
    }

    public record Statistics(LocalDate from, LocalDate to, String unitCode, long received, List<Count> byStatus,
                             List<Count> byUnit, List<Count> byField, List<Count> byMonth, Answers answered) {
    }

    /**
     * @param unitCode the unit asked for (shown in the answer), or null for the province
     * @param unitCodes the units counted (items received or handled by one of them), or null for all
     */
    public Statistics compute(LocalDate from, LocalDate to, String unitCode, List<String> unitCodes) {
        String scope = unitCodes == null ? "" : " and (receiving_unit_code in (:units) or handling_unit_code in (:units))";
        List<Count> byStatus = counts("status", "received_on", scope, from, to, unitCodes);
        long received = byStatus.stream().mapToLong(Count::count).sum();
        List<Count> byUnit = counts("coalesce(handling_unit_code, receiving_unit_code)", "received_on", scope, from, to, unitCodes);
        List<Count> byField = counts("coalesce(field, '')", "received_on", scope, from, to, unitCodes);
        List<Count> byMonth = counts("to_char(received_on, 'YYYY-MM')", "received_on", scope, from, to, unitCodes);
        Query answers = entityManager.createNativeQuery("select count(*), count(*) filter (where answered_on_time), "
                + "count(*) filter (where not answered_on_time) from feedback_item "
                + "where answered_on between :from and :to" + scope);
        bind(answers, from, to, unitCodes);
        Object[] row = (Object[]) answers.getSingleResult();
        return new Statistics(from, to, unitCode, received, byStatus, byUnit, byField, byMonth,
                new Answers(number(row[0]), number(row[1]), number(row[2])));
    }

    @SuppressWarnings("unchecked")
    private List<Count> counts(String key, String dateColumn, String scope, LocalDate from, LocalDate to, List<String> unitCodes) {
        Query query = entityManager.createNativeQuery("select " + key + " as k, count(*) from feedback_item where "
                + dateColumn + " between :from and :to" + scope + " group by k order by k");
        bind(query, from, to, unitCodes);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Count(String.valueOf(r[0]), number(r[1]))).toList();
    }

    private static void bind(Query query, LocalDate from, LocalDate to, List<String> unitCodes) {
        query.setParameter("from", from).setParameter("to", to);
        if (unitCodes != null) {
            query.setParameter("units", unitCodes);
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
