package vn.tthc.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working days as feedback-service publishes them on {@code feedback.calendar}, year by year: Monday to
 * Friday, except the listed days off, plus the listed weekend days made working days. A year not published
 * yet counts Monday to Friday only ({@link #knows(int)} tells).
 *
 * <p>It holds the one rule for due dates (Civil Code 2015, art. 148(5)): a time limit whose last day is a
 * weekend or a day off ends at the end of the next working day — {@link #effectiveDueDate(LocalDate)}.
 *
 * @param years      the years published
 * @param exceptions days that are not what their day of the week says: false for a weekday off, true for a
 *                   working Saturday or Sunday
 */
public record WorkingDayCalendar(Set<Integer> years, Map<LocalDate, Boolean> exceptions) {

    /** Before any year is published: Saturdays and Sundays are off, nothing else. */
    public static final WorkingDayCalendar WEEKENDS_ONLY = new WorkingDayCalendar(Set.of(), Map.of());

    /** How many days off in a row are believed before the calendar is taken to be wrong. */
    static final int SEARCH_LIMIT_DAYS = 366;

    public WorkingDayCalendar {
        years = Set.copyOf(years);
        exceptions = Map.copyOf(exceptions);
    }

    public boolean knows(int year) {
        return years.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The day a task printed as due on {@code printed} is really due: that day when it is a working day, else
     * the next working day (Sunday 26/4/2026 and the made-up Monday 27/4 → Tuesday 28/4). Null for null.
     *
     * @throws IllegalStateException if the calendar has no working day within a year after it
     */
    public LocalDate effectiveDueDate(LocalDate printed) {
        if (printed == null) {
            return null;
        }
        LocalDate day = printed;
        for (int skipped = 0; !isWorkingDay(day); skipped++) {
            if (skipped > SEARCH_LIMIT_DAYS) {
                throw new IllegalStateException("no working day in the calendar for a year after " + printed);
            }
            day = day.plusDays(1);
        }
        return day;
    }
}
