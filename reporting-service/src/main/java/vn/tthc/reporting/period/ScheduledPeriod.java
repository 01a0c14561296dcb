package vn.tthc.reporting.period;

import vn.tthc.platform.calendar.WorkingDays;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of a regime with the deadline its reporting units must keep. The period is open for reports from
 * the day its data window opens; a report that arrives after the last allowed day is late.
 *
 * @param printedLastAllowedDay the deadline as the regime or request states it ("trước ngày 18" → the 17th)
 * @param lastAllowedDay        the effective deadline: the printed one, or when that is a weekend or a day off,
 *                              the next working day (Civil Code 2015, art. 148(5))
 */
public record ScheduledPeriod(ReportingPeriod period, LocalDate printedLastAllowedDay, LocalDate lastAllowedDay) {

    public ScheduledPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(printedLastAllowedDay, "printedLastAllowedDay");
        Objects.requireNonNull(lastAllowedDay, "lastAllowedDay");
        if (lastAllowedDay.isBefore(printedLastAllowedDay)) {
            throw new IllegalArgumentException("the effective deadline " + lastAllowedDay + " is before the printed one "
                    + printedLastAllowedDay);
        }
    }

    /** The period with its printed deadline moved off weekends and days off on the calendar. */
    public static ScheduledPeriod of(ReportingPeriod period, LocalDate printedLastAllowedDay, WorkingDays calendar) {
        return new ScheduledPeriod(period, printedLastAllowedDay, calendar.lastDayOfTimeLimit(printedLastAllowedDay));
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(period.start());
    }

    public boolean isLateOn(LocalDate day) {
        return day.isAfter(lastAllowedDay);
    }
}
