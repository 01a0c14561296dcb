package vn.tthc.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working days as feedback-service publishes them on {@code feedback.calendar}, year by year: Monday to
 * Friday, except the listed days off, plus the listed weekend days made working days. A year not published
 * yet counts Monday to Friday only, without holidays; {@link #knows(int)} tells when that fallback is in use.
 *
 * @param years      the years published
 * @param exceptions days that are not what their day of the week says: false for a weekday off, true for a
 *                   working Saturday or Sunday
 */
public record PublishedCalendar(Set<Integer> years, Map<LocalDate, Boolean> exceptions) implements WorkingDays {

    /** Before any year is published: Saturdays and Sundays are off, nothing else. */
    public static final PublishedCalendar WEEKENDS_ONLY = new PublishedCalendar(Set.of(), Map.of());

    public PublishedCalendar {
        years = Set.copyOf(years);
        exceptions = Map.copyOf(exceptions);
    }

    public boolean knows(int year) {
        return years.contains(year);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
