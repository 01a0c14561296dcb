package vn.tthc.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.plan.ChangeRecord;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.plan.Plan;
import vn.tthc.plan.PlanAmendment;
import vn.tthc.plan.PlanKind;
import vn.tthc.plan.PlanStatus;
import vn.tthc.plan.ProgressEntry;
import vn.tthc.plan.UnitSet;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The plan's issuing unit, without loading the plan; null when the plan has none (or does not exist). */
    public String issuingUnitCode(UUID planId) {
        List<String> codes = getEntityManager().createQuery("select p.issuingUnitCode from Plan p where p.id = :id", String.class)
                .setParameter("id", planId).getResultList();
        return codes.isEmpty() ? null : codes.get(0);
    }

    public Plan require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    /** Plans matching the filters among those issued by one of {@code issuers}; newest first. */
    public PanacheQuery<Plan> search(PlanStatus status, PlanKind kind, String issuingUnitCode, UnitSet issuers) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (issuers.isEmpty()) {
            query.append(" and 1 = 0");
        } else if (!issuers.everyUnit()) {
            query.append(" and issuingUnitCode in :issuers");
            parameters.and("issuers", issuers.codes());
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (issuingUnitCode != null) {
            query.append(" and issuingUnitCode = :unit");
            parameters.and("unit", issuingUnitCode);
        }
        return find(query.toString(), Sort.descending("createdAt"), parameters);
    }

    public List<PlanAmendment> amendmentsOf(UUID planId) {
        return getEntityManager().createQuery("from PlanAmendment where planId = :plan order by amendedAt", PlanAmendment.class)
                .setParameter("plan", planId).getResultList();
    }

    /** The progress history of every task of a plan, by task, each in the order it was recorded. */
    public java.util.Map<UUID, List<ProgressEntry>> progressOfPlan(UUID planId) {
        return getEntityManager().createQuery("select p from ProgressEntry p where p.taskId in "
                        + "(select t.id from Task t where t.planId = :plan) order by p.recordedAt, p.id", ProgressEntry.class)
                .setParameter("plan", planId).getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(ProgressEntry::taskId));
    }

    /** The changes recorded on a plan and its tasks, in the order they were made. */
    public List<ChangeRecord> historyOf(UUID planId) {
        return getEntityManager().createQuery("from ChangeRecord where planId = :plan order by sequence", ChangeRecord.class)
                .setParameter("plan", planId).getResultList();
    }

    public List<ProgressEntry> progressOf(UUID taskId) {
        return getEntityManager().createQuery("from ProgressEntry where taskId = :task order by recordedAt, id", ProgressEntry.class)
                .setParameter("task", taskId).getResultList();
    }
}
