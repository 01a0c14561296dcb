package vn.tthc.plan.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.tthc.platform.events.inbound.UnreadableEventException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields plan-service reads from feedback-service's {@code vn.tthc.feedback.calendar.year.v1} on the
 * compacted topic {@code feedback.calendar} (key = the year; a null value forgets the year).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CalendarYearPublished(Integer year, List<LocalDate> nonWorkingDays, List<LocalDate> workingWeekendDays) {

    public static final String TYPE = "vn.tthc.feedback.calendar.year.v1";

    /** @throws UnreadableEventException when a field is missing, a day is of another year or a weekday is listed as worked */
    public void requireComplete(String key) {
        if (year == null || nonWorkingDays == null || workingWeekendDays == null
                || nonWorkingDays.contains(null) || workingWeekendDays.contains(null)) {
            throw new UnreadableEventException("calendar year " + key + " lacks year, nonWorkingDays or workingWeekendDays");
        }
        if (key != null && !key.equals(year.toString())) {
            throw new UnreadableEventException("calendar keyed " + key + " describes year " + year);
        }
        for (LocalDate day : nonWorkingDays) {
            requireInYear(day);
        }
        for (LocalDate day : workingWeekendDays) {
            requireInYear(day);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new UnreadableEventException("calendar " + year + " lists weekday " + day + " as a working weekend day");
            }
        }
    }

    private void requireInYear(LocalDate day) {
        if (day.getYear() != year) {
            throw new UnreadableEventException("calendar " + year + " lists a day of another year: " + day);
        }
    }
}
