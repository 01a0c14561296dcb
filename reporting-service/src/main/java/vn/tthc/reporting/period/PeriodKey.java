package vn.tthc.reporting.period;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one regular period independently of any regime's cut-off days: {@code 2025-M03}, {@code 2025-Q1},
 * {@code 2025-H1}, {@code 2025-9M}, {@code 2025}. Periods are numbered within their year from 1.
 */
public record PeriodKey(PeriodType type, int year, int number) implements Comparable<PeriodKey> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(?:M(\\d{2})|Q([1-4])|(H1)|(9M)))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public PeriodKey {
        Objects.requireNonNull(type, "type");
        if (!type.isRegular()) {
            throw new IllegalArgumentException("ad-hoc reports have no period key; the request names its own");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        if (number < 1 || number > type.periodsPerYear()) {
            throw new IllegalArgumentException(type + " periods are numbered 1.." + type.periodsPerYear() + ": " + number);
        }
    }

    public static PeriodKey monthly(int year, int month) {
        return new PeriodKey(PeriodType.MONTHLY, year, month);
    }

    public static PeriodKey quarterly(int year, int quarter) {
        return new PeriodKey(PeriodType.QUARTERLY, year, quarter);
    }

    public static PeriodKey sixMonthly(int year) {
        return new PeriodKey(PeriodType.SIX_MONTHLY, year, 1);
    }

    public static PeriodKey nineMonthly(int year) {
        return new PeriodKey(PeriodType.NINE_MONTHLY, year, 1);
    }

    public static PeriodKey annual(int year) {
        return new PeriodKey(PeriodType.ANNUAL, year, 1);
    }

    /** Reads a key in the form {@link #toString()} writes. */
    public static PeriodKey parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period key (2025-M03, 2025-Q1, 2025-H1, 2025-9M, 2025): " + text);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return monthly(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return quarterly(year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return sixMonthly(year);
        }
        if (m.group(5) != null) {
            return nineMonthly(year);
        }
        return annual(year);
    }

    /** Every period of a type in a year, in order. */
    public static List<PeriodKey> allOf(PeriodType type, int year) {
        if (!type.isRegular()) {
            throw new IllegalArgumentException("ad-hoc reports have no calendar of periods");
        }
        List<PeriodKey> keys = new ArrayList<>(type.periodsPerYear());
        for (int number = 1; number <= type.periodsPerYear(); number++) {
            keys.add(new PeriodKey(type, year, number));
        }
        return keys;
    }

    /**
     * The period of a type that covers a reporting month, if any: the six-month report covers months 1–6
     * only and the nine-month report months 1–9.
     */
    public static Optional<PeriodKey> covering(PeriodType type, YearMonth reportingMonth) {
        if (!type.isRegular()) {
            throw new IllegalArgumentException("ad-hoc reports have no calendar of periods");
        }
        int number = (reportingMonth.getMonthValue() - 1) / type.monthsPerPeriod() + 1;
        return number <= type.periodsPerYear()
                ? Optional.of(new PeriodKey(type, reportingMonth.getYear(), number))
                : Optional.empty();
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * type.monthsPerPeriod() + 1);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, number * type.monthsPerPeriod());
    }

    /** The period's name as Vietnamese reports write it, e.g. "Quý I năm 2025". */
    public String label() {
        return switch (type) {
            case MONTHLY -> "Tháng " + number + " năm " + year;
            case QUARTERLY -> "Quý " + ROMAN[number - 1] + " năm " + year;
            case SIX_MONTHLY -> "6 tháng đầu năm " + year;
            case NINE_MONTHLY -> "9 tháng đầu năm " + year;
            case ANNUAL -> "Năm " + year;
            case AD_HOC -> throw new IllegalStateException("unreachable");
        };
    }

    @Override
    public String toString() {
        return switch (type) {
            case MONTHLY -> String.format("%d-M%02d", year, number);
            case QUARTERLY -> year + "-Q" + number;
            case SIX_MONTHLY -> year + "-H1";
            case NINE_MONTHLY -> year + "-9M";
            case ANNUAL -> Integer.toString(year);
            case AD_HOC -> throw new IllegalStateException("unreachable");
        };
    }

    /** By year, then by type (monthly first), then by number. */
    @Override
    public int compareTo(PeriodKey other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : Integer.compare(number, other.number);
    }
}
