package vn.tthc.feedback.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Sets of days kept by the calendar's value objects: sorted, unmodifiable, all in one year. */
final class DaySets {

    private DaySets() {
    }

    /** An unmodifiable sorted copy; {@code null} reads as empty (a tolerant reader of published years). */
    static SortedSet<LocalDate> copyInYear(int year, Collection<LocalDate> days, String what) {
        SortedSet<LocalDate> copy = days == null ? new TreeSet<>() : new TreeSet<>(days);
        for (LocalDate day : copy) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException(what + " " + day + " is not in " + year);
            }
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
