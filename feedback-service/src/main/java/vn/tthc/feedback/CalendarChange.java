package vn.tthc.feedback;

import vn.tthc.platform.text.VietnameseText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One change of a year's calendar overrides, for the calendar's history: who (subject, readable name, unit),
 * when, the note and the overrides as they were set. Never changed.
 */
@Entity
@Table(name = "calendar_change")
public class CalendarChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private Instant at;

    private String actor;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "actor_unit")
    private String actorUnit;

    private String note;

    /** The overrides as set, ISO dates separated by commas, per kind. */
    @Column(name = "added_days_off")
    private String addedDaysOff;

    @Column(name = "removed_days_off")
    private String removedDaysOff;

    @Column(name = "swapped_working_days")
    private String swappedWorkingDays;

    protected CalendarChange() {
    }

    public CalendarChange(int year, Instant at, Actor actor, String note, List<LocalDate> added, List<LocalDate> removed,
                          List<LocalDate> swapped) {
        this.year = year;
        this.at = at;
        this.actor = actor.id();
        this.actorName = actor.name();
        this.actorUnit = actor.unitCode();
        this.note = VietnameseText.blankToNull(note);
        this.addedDaysOff = join(added);
        this.removedDaysOff = join(removed);
        this.swappedWorkingDays = join(swapped);
    }

    private static String join(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    private static List<LocalDate> split(String days) {
        return days == null || days.isEmpty() ? List.of()
                : java.util.Arrays.stream(days.split(",")).map(LocalDate::parse).toList();
    }

    public Long id() { return id; }
    public int year() { return year; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String actorName() { return actorName; }
    public String actorUnit() { return actorUnit; }
    public String note() { return note; }
    public List<LocalDate> addedDaysOff() { return split(addedDaysOff); }
    public List<LocalDate> removedDaysOff() { return split(removedDaysOff); }
    public List<LocalDate> swappedWorkingDays() { return split(swappedWorkingDays); }
}
