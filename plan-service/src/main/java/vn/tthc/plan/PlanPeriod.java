package vn.tthc.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/** The period a plan covers, e.g. 2025-01-01..2025-12-31 or 2022-01-01..2025-12-31; both ends included. */
public record PlanPeriod(LocalDate start, LocalDate end) {

    public PlanPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
        }
    }

    /** One calendar year. */
    public static PlanPeriod year(int year) {
        return new PlanPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whole calendar years, e.g. {@code years(2022, 2025)} for a "giai đoạn 2022-2025" plan. */
    public static PlanPeriod years(int firstYear, int lastYear) {
        return new PlanPeriod(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The year when the period lies within one calendar year; empty for a multi-year period. */
    public OptionalInt singleYear() {
        return start.getYear() == end.getYear() ? OptionalInt.of(start.getYear()) : OptionalInt.empty();
    }
}
