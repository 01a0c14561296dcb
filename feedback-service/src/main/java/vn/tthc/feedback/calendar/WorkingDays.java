package vn.tthc.feedback.calendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Counts working days (ngày làm việc) over resolved years only, so a service that has just the
 * published calendar counts the same way as the one that computes it.
 *
 * <p>Counting follows the civil-law rule for periods in days: the day of the event (receipt of a
 * petition, say) is not counted; the period's first day is the next working day. A deadline of N working
 * days after day D is the N-th working day after D, whether or not D itself is a working day.
 *
 * <p>Every year counted into must be known; otherwise {@link UnresolvedYearException} is thrown rather
 * than a guess. Thread-safe when its {@link ResolvedYears} is.
 */
public final class WorkingDays {

    private final ResolvedYears years;

    public WorkingDays(ResolvedYears years) {
        this.years = years;
    }

    /** Over the given years, e.g. as received from the published calendar. */
    public static WorkingDays of(ResolvedYear... years) {
        return new WorkingDays(ResolvedYears.of(Arrays.asList(years)));
    }

    public boolean isWorkingDay(LocalDate date) {
        return years.find(date.getYear())
                .orElseThrow(() -> new UnresolvedYearException(date.getYear()))
                .isWorkingDay(date);
    }

    /**
     * The day {@code n} working days after {@code start}: the n-th working day after it, {@code start}
     * not counted. For n = 0, {@code start} itself if it is a working day, else the next working day.
     *
     * @throws IllegalArgumentException if n is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
        }
        LocalDate day = start;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Civil Code 2015, art. 148(5): a time limit whose last day is a weekend or a day off ends at the end of
     * the next working day. The effective last day of a limit printed as ending on {@code printed}: that day
     * if it is a working day, else the next one.
     */
    public LocalDate lastDayOfTimeLimit(LocalDate printed) {
        return addWorkingDays(printed, 0);
    }

    /**
     * The working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}. So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for n ≥ 1, and the
     * time a petition took is {@code workingDaysBetween(received, answered)}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether something due on {@code due} falls due within the next {@code n} working days seen from
     * {@code today}: not yet past ({@code due} is today or later) and no later than
     * {@code addWorkingDays(today, n)}. With n = 0: due today, or, on a day off, by the next working day.
     */
    public boolean isDueWithin(LocalDate due, LocalDate today, int n) {
        return !due.isBefore(today) && !due.isAfter(addWorkingDays(today, n));
    }
}
