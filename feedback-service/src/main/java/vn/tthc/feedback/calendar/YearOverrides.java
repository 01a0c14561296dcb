package vn.tthc.feedback.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the government announced for one year, on top of {@link HolidayRules}: days off it added
 * (a longer Tết block, days off in exchange for worked weekend days), default holidays or made-up days it
 * moved away (e.g. 3 September instead of 1 September), and weekend days it made working days (làm bù).
 *
 * <p>The sets are unmodifiable and iterate in date order; {@code null} reads as empty.
 *
 * @param year the Gregorian year; every date must fall in it
 * @param addedDaysOff extra non-working days; a day that is already a holiday or a weekend changes nothing,
 *                     except that days added near mùng 1 are the announced Tết block, which replaces the
 *                     default Tết days (see {@link WorkingDayCalendar})
 * @param removedDaysOff default holidays or made-up days that are working days this year
 * @param swappedWorkingDays Saturdays or Sundays that are working days this year
 */
public record YearOverrides(int year, Set<LocalDate> addedDaysOff, Set<LocalDate> removedDaysOff,
                            Set<LocalDate> swappedWorkingDays) {

    public YearOverrides {
        addedDaysOff = DaySets.copyInYear(year, addedDaysOff, "added day off");
        removedDaysOff = DaySets.copyInYear(year, removedDaysOff, "removed day off");
        swappedWorkingDays = DaySets.copyInYear(year, swappedWorkingDays, "swapped working day");
        for (LocalDate day : swappedWorkingDays) {
            if (!ResolvedYear.isWeekend(day)) {
                throw new IllegalArgumentException("swapped working day " + day + " is not a Saturday or Sunday");
            }
        }
        requireDisjoint(addedDaysOff, removedDaysOff, "both added and removed as a day off");
        requireDisjoint(addedDaysOff, swappedWorkingDays, "both a day off and a swapped working day");
    }

    /** No announcement for the year: the defaults apply. */
    public static YearOverrides none(int year) {
        return new YearOverrides(year, Set.of(), Set.of(), Set.of());
    }

    /** With the days from {@code first} to {@code last}, both included, added as days off. */
    public YearOverrides withDaysOff(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("days off from " + first + " to " + last + ": the range is empty");
        }
        return new YearOverrides(year, union(addedDaysOff, first.datesUntil(last.plusDays(1)).toList()),
                removedDaysOff, swappedWorkingDays);
    }

    /** With a default holiday made a working day. */
    public YearOverrides withDayOffRemoved(LocalDate day) {
        return new YearOverrides(year, addedDaysOff, union(removedDaysOff, Set.of(day)), swappedWorkingDays);
    }

    /** With a Saturday or Sunday made a working day. */
    public YearOverrides withSwappedWorkingDay(LocalDate weekendDay) {
        return new YearOverrides(year, addedDaysOff, removedDaysOff, union(swappedWorkingDays, Set.of(weekendDay)));
    }

    private static SortedSet<LocalDate> union(Collection<LocalDate> a, Collection<LocalDate> b) {
        SortedSet<LocalDate> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }

    private static void requireDisjoint(Set<LocalDate> a, Set<LocalDate> b, String what) {
        for (LocalDate day : a) {
            if (b.contains(day)) {
                throw new IllegalArgumentException(day + " is " + what);
            }
        }
    }
}
