package vn.tthc.feedback.events;

import vn.tthc.platform.events.outbox.DomainEvent;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.tthc.feedback.calendar.DayOff;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code vn.tthc.feedback.calendar.year.v1}: one year's resolved working-day calendar on the compacted topic
 * feedback.calendar, key = the year. Schema: events/vn.tthc.feedback.calendar.year.v1.json
 */
public record CalendarYearV1(int year, List<LocalDate> nonWorkingDays, List<LocalDate> workingWeekendDays,
                             List<Holiday> holidays) implements DomainEvent {

    public static final String TYPE = "vn.tthc.feedback.calendar.year.v1";
    public static final String TOPIC = "feedback.calendar";

    /**
     * One day off of the year: a holiday (weekend ones included), a made-up day, an announced day off or a day
     * off in exchange for a swapped weekend day, with its legal basis.
     */
    public record Holiday(LocalDate date, String name, DayOff.Reason reason, String legalBasis) {

        public static Holiday of(DayOff day) {
            return new Holiday(day.date(), day.name(), day.reason(), day.legalBasis());
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @JsonIgnore
    public String aggregateType() {
        return "calendar-year";
    }

    @Override
    @JsonIgnore
    public String aggregateId() {
        return String.valueOf(year);
    }

    @Override
    @JsonIgnore
    public String subject() {
        return "calendar/years/" + year;
    }

    @Override
    @JsonIgnore
    public String topic() {
        return TOPIC;
    }
}
