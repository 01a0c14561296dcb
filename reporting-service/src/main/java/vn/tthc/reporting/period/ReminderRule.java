package vn.tthc.reporting.period;

import vn.tthc.platform.calendar.WorkingDays;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a report not yet submitted calls for a reminder: "due soon" once at most {@code dueSoonWorkingDays}
 * working days are left after today up to the last allowed day (none are left on that day itself), "overdue"
 * from the day after the last allowed day.
 */
public record ReminderRule(int dueSoonWorkingDays) {

    public enum Kind { DUE_SOON, OVERDUE }

    public ReminderRule {
        if (dueSoonWorkingDays < 0 || dueSoonWorkingDays > 60) {
            throw new IllegalArgumentException("due-soon working days must be 0..60: " + dueSoonWorkingDays);
        }
    }

    public Optional<Kind> due(LocalDate today, LocalDate lastAllowedDay, WorkingDays calendar) {
        if (today.isAfter(lastAllowedDay)) {
            return Optional.of(Kind.OVERDUE);
        }
        return workingDaysLeft(today, lastAllowedDay, calendar) <= dueSoonWorkingDays ? Optional.of(Kind.DUE_SOON) : Optional.empty();
    }

    /** Working days after today up to and including the last allowed day. */
    public static int workingDaysLeft(LocalDate today, LocalDate lastAllowedDay, WorkingDays calendar) {
        int left = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(lastAllowedDay); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                left++;
            }
        }
        return left;
    }

    public static long daysOverdue(LocalDate today, LocalDate lastAllowedDay) {
        return Math.max(0, ChronoUnit.DAYS.between(lastAllowedDay, today));
    }
}
