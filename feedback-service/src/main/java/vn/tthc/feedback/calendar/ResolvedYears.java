package vn.tthc.feedback.calendar;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where {@link WorkingDays} finds each year's calendar: computed from rules, or as published. */
@FunctionalInterface
public interface ResolvedYears {

    /** The year's calendar, or empty if it is not known. */
    Optional<ResolvedYear> find(int year);

    /**
     * Fixed years, e.g. as received from the published calendar.
     *
     * @throws IllegalArgumentException if a year is given twice
     */
    static ResolvedYears of(Collection<ResolvedYear> years) {
        Map<Integer, ResolvedYear> byYear = years.stream().collect(Collectors.toUnmodifiableMap(
                ResolvedYear::year, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("year " + a.year() + " given twice");
                }));
        return year -> Optional.ofNullable(byYear.get(year));
    }
}
