package vn.tthc.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.tthc.reporting.TaskCompletionCount;

import java.time.LocalDate;

/** Task completions counted per lead unit and day. */
@ApplicationScoped
public class TaskCompletionDays {

    private final EntityManager entityManager;

    public TaskCompletionDays(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(String unitCode, LocalDate day, boolean onTime) {
        entityManager.createNativeQuery("""
                        insert into task_completion_day (unit_code, day, completed, on_time, late)
                        values (:unit, :day, 1, :onTime, :late)
                        on conflict (unit_code, day) do update set
                            completed = task_completion_day.completed + 1,
                            on_time = task_completion_day.on_time + excluded.on_time,
                            late = task_completion_day.late + excluded.late""")
                .setParameter("unit", unitCode)
                .setParameter("day", day)
                .setParameter("onTime", onTime ? 1 : 0)
                .setParameter("late", onTime ? 0 : 1)
                .executeUpdate();
    }

    public TaskCompletionCount count(String unitCode, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select coalesce(sum(completed), 0), coalesce(sum(on_time), 0), coalesce(sum(late), 0)
                        from task_completion_day
                        where unit_code = :unit and day between :from and :to""")
                .setParameter("unit", unitCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return new TaskCompletionCount(unitCode, from, to,
                ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }
}
