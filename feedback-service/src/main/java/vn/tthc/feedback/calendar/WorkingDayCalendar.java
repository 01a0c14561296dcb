package vn.tthc.feedback.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes each year's working-day calendar: the holidays of {@link HolidayRules}, changed by the year's
 * {@link YearOverrides}, reduced to the exceptions to a Monday-to-Friday week ({@link ResolvedYear}).
 * Years are computed on first use and kept. Thread-safe.
 */
public final class WorkingDayCalendar implements ResolvedYears {

    private final HolidayRules rules;
    private final Map<Integer, YearOverrides> overrides;
    private final Map<Integer, ResolvedYear> resolved = new ConcurrentHashMap<>();

    /**
     * @throws IllegalArgumentException if a year has overrides twice
     */
    public WorkingDayCalendar(HolidayRules rules, Collection<YearOverrides> overrides) {
        this.rules = rules;
        this.overrides = overrides.stream().collect(Collectors.toUnmodifiableMap(
                YearOverrides::year, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("overrides for " + a.year() + " given twice");
                }));
    }

    public HolidayRules rules() {
        return rules;
    }

    /** The year's overrides, or none. */
    public YearOverrides overrides(int year) {
        return overrides.getOrDefault(year, YearOverrides.none(year));
    }

    /**
     * The year's calendar.
     *
     * @throws IllegalArgumentException if the year is outside the lunar calendar's years, or its overrides
     *                                  contradict the rules: a removed day off that is not a holiday, or a
     *                                  swapped working day that is a day off
     */
    public ResolvedYear resolve(int year) {
        return resolved.computeIfAbsent(year, this::compute);
    }

    /** The year's calendar; empty outside the lunar calendar's years. */
    @Override
    public Optional<ResolvedYear> find(int year) {
        if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(resolve(year));
    }

    private ResolvedYear compute(int year) {
        YearOverrides announced = overrides(year);
        SortedSet<LocalDate> daysOff = new TreeSet<>(rules.holidays(year));
        for (LocalDate day : announced.removedDaysOff()) {
            if (!daysOff.remove(day)) {
                throw new IllegalArgumentException("removed day off " + day + " is not a holiday under " + rules);
            }
        }
        daysOff.addAll(announced.addedDaysOff());
        for (LocalDate day : announced.swappedWorkingDays()) {
            if (daysOff.contains(day)) {
                throw new IllegalArgumentException("swapped working day " + day + " is a day off");
            }
        }
        daysOff.removeIf(ResolvedYear::isWeekend);
        return new ResolvedYear(year, daysOff, announced.swappedWorkingDays());
    }
}
