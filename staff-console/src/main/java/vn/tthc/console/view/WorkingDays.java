package vn.tthc.console.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days left until a due date, on the published calendar (feedback-service's {@code /calendar/years}): the
 * days after today up to and including the due date that are neither a weekend nor a day off, unless the calendar
 * makes a weekend day a working day. Zero on the due date itself; negative (working days late) after it.
 */
public final class WorkingDays {

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingWeekendDays;

    public WorkingDays(Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {
        this.daysOff = daysOff;
        this.workingWeekendDays = workingWeekendDays;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !daysOff.contains(day);
    }

    public int left(LocalDate today, LocalDate due) {
        if (due == null) {
            return Integer.MAX_VALUE;
        }
        int count = 0;
        if (!due.isBefore(today)) {
            for (LocalDate day = today.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
                if (isWorkingDay(day)) {
                    count++;
                }
            }
            return count;
        }
        for (LocalDate day = due.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count--;
            }
        }
        return count;
    }

    /** "còn 3 ngày làm việc", "đến hạn hôm nay", "quá hạn 2 ngày làm việc". */
    public String describe(LocalDate today, LocalDate due) {
        if (due == null) {
            return "";
        }
        int left = left(today, due);
        if (left > 0) {
            return "còn " + left + " ngày làm việc";
        }
        if (left == 0) {
            return today.isAfter(due) ? "quá hạn (ngày nghỉ)" : "đến hạn hôm nay";
        }
        return "quá hạn " + (-left) + " ngày làm việc";
    }
}
