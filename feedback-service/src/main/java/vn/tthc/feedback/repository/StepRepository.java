package vn.tthc.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.tthc.feedback.Step;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class StepRepository implements PanacheRepositoryBase<Step, Long> {

    /** Open steps of the given units due between two days, both included; soonest first. */
    public PanacheQuery<Step> openDueBetween(List<String> unitCodes, LocalDate from, LocalDate to) {
        return find("endedOn is null and unitCode in :units and dueDate >= :from and dueDate <= :to",
                Sort.ascending("dueDate", "id"),
                Parameters.with("units", unitCodes).and("from", from).and("to", to));
    }

    /** Open steps past their due date and not yet reported, locked so that two replicas never report one twice. */
    public List<Step> newlyOverdue(LocalDate today, int limit) {
        return getEntityManager().createQuery(
                        "from Step where endedOn is null and overdueSince is null and dueDate < :today order by id", Step.class)
                .setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(limit)
                .getResultList();
    }
}
