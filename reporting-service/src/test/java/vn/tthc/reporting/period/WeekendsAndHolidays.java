package vn.tthc.reporting.period;

import vn.tthc.platform.calendar.WorkingDays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** A test calendar: Saturdays, Sundays and the given holidays are off. */
record WeekendsAndHolidays(Set<LocalDate> holidays) implements WorkingDays {

    static WeekendsAndHolidays with(LocalDate... holidays) {
        return new WeekendsAndHolidays(Set.of(holidays));
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
