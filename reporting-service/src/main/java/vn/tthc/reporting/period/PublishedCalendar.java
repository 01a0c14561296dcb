package vn.tthc.reporting.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working days as feedback-service publishes them, year by year: Monday to Friday, except the listed days
 * off, plus the listed weekend days made working days. A year the calendar has not published yet counts
 * Monday to Friday only, without holidays; {@link #knows(int)} tells when that fallback is in use.
 */
public record PublishedCalendar(Set<Integer> years, Map<LocalDate, Boolean> exceptions) implements WorkingDayCalendar {

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
