package vn.tthc.feedback;

import vn.tthc.platform.text.VietnameseText;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tthc.feedback.calendar.YearOverrides;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What the government announced for one year (days off added or removed, swapped working days), as stored. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    public enum Kind { ADDED_DAY_OFF, REMOVED_DAY_OFF, SWAPPED_WORKING_DAY }

    @Embeddable
    public static class Day {
        @Column(nullable = false)
        LocalDate day;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        Kind kind;

        protected Day() {
        }

        Day(LocalDate day, Kind kind) {
            this.day = day;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Day that && day.equals(that.day) && kind == that.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(day, kind);
        }
    }

    @Id
    private int year;

    private String note;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_by_name")
    private String updatedByName;

    @Column(name = "updated_by_unit")
    private String updatedByUnit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_override_day", joinColumns = @JoinColumn(name = "year"))
    private Set<Day> days = new HashSet<>();

    protected CalendarYear() {
    }

    public CalendarYear(int year) {
        this.year = year;
    }

    /** Replaces the year's overrides; they were checked by {@link YearOverrides} and the calendar first. */
    public void replace(YearOverrides overrides, String note, Actor actor, Instant at) {
        days.clear();
        overrides.addedDaysOff().forEach(d -> days.add(new Day(d, Kind.ADDED_DAY_OFF)));
        overrides.removedDaysOff().forEach(d -> days.add(new Day(d, Kind.REMOVED_DAY_OFF)));
        overrides.swappedWorkingDays().forEach(d -> days.add(new Day(d, Kind.SWAPPED_WORKING_DAY)));
        this.note = VietnameseText.blankToNull(note);
        this.updatedAt = at;
        this.updatedBy = actor.id();
        this.updatedByName = actor.name();
        this.updatedByUnit = actor.unitCode();
    }

    public YearOverrides overrides() {
        return new YearOverrides(year, of(Kind.ADDED_DAY_OFF), of(Kind.REMOVED_DAY_OFF), of(Kind.SWAPPED_WORKING_DAY));
    }

    private Set<LocalDate> of(Kind kind) {
        Set<LocalDate> result = new TreeSet<>();
        days.stream().filter(d -> d.kind == kind).forEach(d -> result.add(d.day));
        return result;
    }

    public int year() {
        return year;
    }

    public String note() {
        return note;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public String updatedByName() {
        return updatedByName;
    }

    public String updatedByUnit() {
        return updatedByUnit;
    }
}
