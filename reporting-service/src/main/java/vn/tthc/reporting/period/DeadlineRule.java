package vn.tthc.reporting.period;

import vn.tthc.platform.calendar.WorkingDays;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a report for a regular period is due. A deadline is the <em>last allowed day</em>: a report that
 * arrives on that day, at any hour, is on time; one that arrives the day after is late. Vietnamese texts say
 * "trước ngày 19" ("before the 19th"), which this model stores as the day number written ({@code 19}) and
 * turns into the last allowed day, the 18th.
 * <p>
 * A deadline may fall before the period's window closes: with Decree 09 windows ending on the 14th, some
 * provinces want divisions' reports before the 13th, the last days' figures being estimated. Rules therefore
 * do not require the deadline to follow the cut-off.
 */
public sealed interface DeadlineRule permits DeadlineRule.BeforeDayOfMonth, DeadlineRule.WorkingDaysAfterCutOff {

    /** The last day a report for the period may arrive and still be on time. */
    LocalDate lastAllowedDay(ReportingPeriod period, WorkingDays calendar);

    /**
     * "Trước ngày {@code day}" of the period's last month: due by that day, the reading DOMAIN.md gives ("due
     * by a date") and the one plan-service's schedules use, so that a plan's "báo cáo quý trước ngày 19" and
     * the regime's deadline fall on the same day.
     */
    static DeadlineRule beforeDay(int day) {
        return new BeforeDayOfMonth(day, 0);
    }

    /** "Trước ngày {@code day} tháng sau": the month after the period's last month (for calendar windows). */
    static DeadlineRule beforeDayOfFollowingMonth(int day) {
        return new BeforeDayOfMonth(day, 1);
    }

    static DeadlineRule workingDaysAfterCutOff(int workingDays) {
        return new WorkingDaysAfterCutOff(workingDays);
    }

    /**
     * Before day {@code day} of the month {@code monthsAfterLastMonth} after the period's last month (0 = the
     * last month itself, where the window closes). The last allowed day is that day; a day beyond the month's
     * length means its last day.
     */
    record BeforeDayOfMonth(int day, int monthsAfterLastMonth) implements DeadlineRule {

        public BeforeDayOfMonth {
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("deadline day must be 1..31: " + day);
            }
            if (monthsAfterLastMonth < 0 || monthsAfterLastMonth > 12) {
                throw new IllegalArgumentException("months after the period must be 0..12: " + monthsAfterLastMonth);
            }
        }

        @Override
        public LocalDate lastAllowedDay(ReportingPeriod period, WorkingDays calendar) {
            YearMonth month = period.lastMonth().plusMonths(monthsAfterLastMonth);
            return month.atDay(Math.min(day, month.lengthOfMonth()));
        }
    }

    /**
     * The {@code workingDays}-th working day after the window's last day: with the window closing on Friday
     * the 14th, 3 working days make Wednesday the 19th the last allowed day.
     */
    record WorkingDaysAfterCutOff(int workingDays) implements DeadlineRule {

        public WorkingDaysAfterCutOff {
            if (workingDays < 1 || workingDays > 60) {
                throw new IllegalArgumentException("working days after the cut-off must be 1..60: " + workingDays);
            }
        }

        @Override
        public LocalDate lastAllowedDay(ReportingPeriod period, WorkingDays calendar) {
            return calendar.workingDaysAfter(period.end(), workingDays);
        }
    }
}
