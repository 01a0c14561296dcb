package vn.tthc.platform.calendar;

import java.time.LocalDate;

/**
 * Working-day arithmetic over a calendar that tells working days from weekends, public holidays and swapped
 * days off. feedback-service owns the calendar; the other services answer from their replica of
 * {@code feedback.calendar} ({@link PublishedCalendar}).
 */
@FunctionalInterface
public interface WorkingDays {

    /** How far past a day we look for working days before deciding the calendar has none. */
    int SEARCH_LIMIT_DAYS = 366;

    boolean isWorkingDay(LocalDate day);

    /**
     * The last day of a time limit printed as ending on {@code printed}: that day when it is a working day, else
     * the next one (Sunday 17/3/2024 ends on Monday 18/3/2024) — Civil Code 2015, art. 148(5), which every
     * deadline of the system follows. Null for null.
     */
    default LocalDate lastDayOfTimeLimit(LocalDate printed) {
        if (printed == null) {
            return null;
        }
        return isWorkingDay(printed) ? printed : workingDaysAfter(printed, 1);
    }

    /**
     * The {@code count}-th working day strictly after {@code day}: with Friday the 14th and no holidays, the
     * 1st is Monday the 17th and the 3rd is Wednesday the 19th.
     *
     * @throws IllegalStateException if the calendar has no working day for a year
     */
    default LocalDate workingDaysAfter(LocalDate day, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count working days from 1: " + count);
        }
        LocalDate current = day;
        int found = 0;
        int daysWithoutWork = 0;
        while (found < count) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                found++;
                daysWithoutWork = 0;
            } else if (++daysWithoutWork > SEARCH_LIMIT_DAYS) {
                throw new IllegalStateException("no working day in the calendar for a year after " + current);
            }
        }
        return current;
    }
}
