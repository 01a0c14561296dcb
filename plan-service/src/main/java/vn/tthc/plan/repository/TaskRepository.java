package vn.tthc.plan.repository;


import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.plan.PlanSection;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskQuery;
import vn.tthc.plan.UnitSet;
import vn.tthc.platform.calendar.PublishedCalendar;
import vn.tthc.platform.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    /** Words of a search beyond this many are ignored, so that a long query stays a cheap one. */
    private static final int MAX_SEARCH_WORDS = 12;

    public Task require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundException("task", id));
    }

    public List<Task> ofPlan(UUID planId) {
        return list("planId = ?1 order by position", planId);
    }

    /** A plan's tasks, in appendix order, that are seen by one who sees {@code units} (see {@link #search}). */
    public List<Task> ofPlan(UUID planId, UnitSet units) {
        if (units.everyUnit()) {
            return ofPlan(planId);
        }
        return search(new TaskQuery(null, planId, null, null, null, null), units, LocalDate.MIN, 0, Integer.MAX_VALUE).tasks();
    }

    public long countInPlan(UUID planId) {
        return count("planId", planId);
    }

    public List<PlanSection> sectionsOf(UUID planId) {
        return getEntityManager().createQuery("from PlanSection where planId = :plan order by position", PlanSection.class)
                .setParameter("plan", planId).getResultList();
    }

    public long countSections(UUID planId) {
        return getEntityManager().createQuery("select count(s) from PlanSection s where s.planId = :plan", Long.class)
                .setParameter("plan", planId).getSingleResult();
    }

    public PlanSection requireSection(UUID planId, UUID sectionId) {
        PlanSection section = getEntityManager().find(PlanSection.class, sectionId);
        if (section == null || !section.planId().equals(planId)) {
            throw new NotFoundException("section", sectionId);
        }
        return section;
    }

    /** The tasks a unit leads that are linked to a report regime. */
    public List<Task> linkedToRegime(String regimeCode, String unitCode) {
        return list("regimeCode = ?1 and leadUnitCode = ?2 order by position", regimeCode, unitCode);
    }

    /** Occurrences marked overdue and not done yet. */
    public long countOpenOverdueOccurrences() {
        return ((Number) getEntityManager().createNativeQuery(
                "select count(*) from task_occurrence where overdue_since is not null and status in ('NOT_STARTED', 'IN_PROGRESS')")
                .getSingleResult()).longValue();
    }

    public List<Task> withOpenOccurrencesDueBefore(LocalDate day) {
        return list("select distinct t from Task t join t.occurrences o "
                + "where o.status in (vn.tthc.plan.TaskStatus.NOT_STARTED, vn.tthc.plan.TaskStatus.IN_PROGRESS) "
                + "and o.effectiveDueDate < ?1 and o.overdueSince is null", day);
    }

    /**
     * Recomputes every effective due date from its printed one on the calendar (after a calendar year
     * arrives); returns how many tasks and occurrences changed. One update per distinct printed date.
     */
    public int refreshEffectiveDueDates(PublishedCalendar calendar) {
        int changed = 0;
        for (String table : List.of("task", "task_occurrence")) {
            @SuppressWarnings("unchecked")
            List<Object> printed = getEntityManager().createNativeQuery(
                    "select distinct due_date from " + table + " where due_date is not null").getResultList();
            for (Object value : printed) {
                LocalDate day = value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
                changed += getEntityManager().createNativeQuery("update " + table + " set effective_due_date = :effective"
                                + " where due_date = :printed and effective_due_date is distinct from :effective")
                        .setParameter("effective", calendar.lastDayOfTimeLimit(day)).setParameter("printed", day)
                        .executeUpdate();
            }
        }
        return changed;
    }

    /**
     * One page of the tasks matching the query, in plan and appendix order, and how many match in all, among
     * the tasks seen by one who sees {@code units}: those of plans one of the units issues, and those one of
     * the units leads or cooperates on.
     */
    public Result search(TaskQuery query, UnitSet units, LocalDate today, int firstResult, int size) {
        if (units.isEmpty()) {
            return new Result(new ArrayList<>(), 0);
        }
        StringBuilder where = new StringBuilder(" from task t where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!units.everyUnit()) {
            where.append(" and (t.plan_id in (select p.id from plan p where p.issuing_unit_code in (:seen))"
                    + " or t.lead_unit_code in (:seen)"
                    + " or exists (select 1 from jsonb_array_elements(t.lead_units) l where l ->> 'code' in (:seen))"
                    + " or exists (select 1 from jsonb_array_elements(t.cooperating_units) c where c ->> 'code' in (:seen)))");
            parameters.put("seen", List.copyOf(units.codes()));
        }
        if (query.unitCode() != null) {
            // The containment pattern is built by PostgreSQL from the bound code, never by concatenating JSON text.
            where.append(" and (t.lead_unit_code = :unit"
                    + " or t.lead_units @> jsonb_build_array(jsonb_build_object('code', cast(:unit as text)))"
                    + " or t.cooperating_units @> jsonb_build_array(jsonb_build_object('code', cast(:unit as text))))");
            parameters.put("unit", query.unitCode());
        }
        if (query.planId() != null) {
            where.append(" and t.plan_id = :plan");
            parameters.put("plan", query.planId());
        }
        if (query.status() != null) {
            where.append(" and t.status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.dueWithinDays() != null) {
            where.append(" and exists (select 1 from task_occurrence o where o.task_id = t.id"
                    + " and o.status in ('NOT_STARTED', 'IN_PROGRESS') and o.effective_due_date between :today and :until)");
            parameters.put("today", today);
            parameters.put("until", today.plusDays(query.dueWithinDays()));
        }
        if (Boolean.TRUE.equals(query.overdue())) {
            where.append(" and exists (select 1 from task_occurrence o where o.task_id = t.id"
                    + " and o.status in ('NOT_STARTED', 'IN_PROGRESS') and o.effective_due_date < :overdueBefore)");
            parameters.put("overdueBefore", today);
        }
        if (query.text() != null && !query.text().isBlank()) {
            // Every word must appear, in any order, ignoring case and diacritics.
            String[] words = VietnameseText.fold(query.text()).strip().split("\\s+");
            for (int i = 0; i < Math.min(words.length, MAX_SEARCH_WORDS); i++) {
                where.append(" and t.content_folded like :word").append(i).append(" escape '\\'");
                parameters.put("word" + i, "%" + likeEscaped(words[i]) + "%");
            }
        }
        // No result class: Hibernate caches a native query's plan only when its result mapping compares equal, and one
        // made from a result class never does, so each call added a plan to its cache (issue 16's profile).
        Query ids = getEntityManager().createNativeQuery("select t.id" + where + " order by t.plan_id, t.position, t.id");
        Query count = getEntityManager().createNativeQuery("select count(*)" + where);
        parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<UUID> pageIds = ((List<?>) ids.setFirstResult(firstResult).setMaxResults(size).getResultList()).stream()
                .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
        List<Task> found = pageIds.isEmpty() ? new ArrayList<>() : new ArrayList<>(list("id in ?1", pageIds));
        found.sort(Comparator.comparingInt(task -> pageIds.indexOf(task.id())));
        return new Result(found, ((Number) count.getSingleResult()).longValue());
    }

    public record Result(List<Task> tasks, long total) {
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
