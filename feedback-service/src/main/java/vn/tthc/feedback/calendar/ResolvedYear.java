package vn.tthc.feedback.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * One year's working-day calendar as the exceptions to a Monday-to-Friday week: the weekdays that are
 * not working days (holidays, compensatory days) and the weekend days that are. This is all a service
 * needs to count working days in the year, without holiday rules or lunar dates; feedback-service
 * publishes it per year. Both sets are unmodifiable and iterate in date order; {@code null} reads as empty.
 *
 * @param year the Gregorian year
 * @param weekdaysOff Mondays to Fridays that are not working days
 * @param workingWeekendDays Saturdays and Sundays that are working days
 */
public record ResolvedYear(int year, Set<LocalDate> weekdaysOff, Set<LocalDate> workingWeekendDays) {

    public ResolvedYear {
        weekdaysOff = DaySets.copyInYear(year, weekdaysOff, "day off");
        workingWeekendDays = DaySets.copyInYear(year, workingWeekendDays, "working weekend day");
        for (LocalDate day : weekdaysOff) {
            if (isWeekend(day)) {
                throw new IllegalArgumentException("day off " + day + " is a weekend day; list weekdays only");
            }
        }
        for (LocalDate day : workingWeekendDays) {
            if (!isWeekend(day)) {
                throw new IllegalArgumentException("working weekend day " + day + " is not a Saturday or Sunday");
            }
        }
    }

    /** Saturday or Sunday: not a working day unless the year says otherwise. */
    public static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /**
     * Whether a date of this year is a working day.
     *
     * @throws IllegalArgumentException if the date is in another year
     */
    public boolean isWorkingDay(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not in " + year);
        }
        return isWeekend(date) ? workingWeekendDays.contains(date) : !weekdaysOff.contains(date);
    }
}
