package vn.tthc.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The replica of feedback-service's working-day calendar, one published year at a time. */
@ApplicationScoped
public class CalendarReplica {

    private final EntityManager entityManager;

    public CalendarReplica(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Replaces everything known about a year. */
    public void replaceYear(int year, Set<LocalDate> nonWorkingDays, Set<LocalDate> workingWeekendDays, Instant now) {
        removeYear(year);
        entityManager.createNativeQuery("insert into calendar_year (year, updated_at) values (:year, :now)")
                .setParameter("year", year).setParameter("now", now).executeUpdate();
        insertDays(year, nonWorkingDays, false);
        insertDays(year, workingWeekendDays, true);
    }

    public void removeYear(int year) {
        entityManager.createNativeQuery("delete from calendar_year where year = :year").setParameter("year", year).executeUpdate();
    }

    /** The whole replica as a calendar (a few hundred days at most). */
    public PublishedCalendar calendar() {
        @SuppressWarnings("unchecked")
        List<Number> years = entityManager.createNativeQuery("select year from calendar_year").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> days = entityManager.createNativeQuery("select day, working from calendar_day").getResultList();
        Set<Integer> known = new HashSet<>();
        years.forEach(year -> known.add(year.intValue()));
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (Object[] day : days) {
            exceptions.put(day[0] instanceof Date date ? date.toLocalDate() : (LocalDate) day[0], (Boolean) day[1]);
        }
        return new PublishedCalendar(known, exceptions);
    }

    private void insertDays(int year, Set<LocalDate> days, boolean working) {
        for (LocalDate day : days) {
            entityManager.createNativeQuery("""
                            insert into calendar_day (day, year, working) values (:day, :year, :working)
                            on conflict (day) do update set working = excluded.working, year = excluded.year""")
                    .setParameter("day", day).setParameter("year", year).setParameter("working", working)
                    .executeUpdate();
        }
    }
}
