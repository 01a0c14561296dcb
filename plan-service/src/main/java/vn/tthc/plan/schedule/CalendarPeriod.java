package vn.tthc.plan.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A stretch of the calendar a task or a report is about (a month, quarters, a half year, a year, or any
 * range), with its Vietnamese label: "Tháng 3/2025", "Quý I/2025", "6 tháng đầu năm 2025", "Năm 2025".
 */
public record CalendarPeriod(LocalDate start, LocalDate end, String label) {

    public CalendarPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
        }
    }

    public static CalendarPeriod month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new CalendarPeriod(ym.atDay(1), ym.atEndOfMonth(), "Tháng " + month + "/" + year);
    }

    /** Consecutive months of one year, e.g. "Tháng 11, 12/2024". */
    public static CalendarPeriod months(int year, int firstMonth, int lastMonth) {
        if (firstMonth == lastMonth) {
            return month(year, firstMonth);
        }
        StringJoiner names = new StringJoiner(", ", "Tháng ", "/" + year);
        for (int m = firstMonth; m <= lastMonth; m++) {
            names.add(Integer.toString(m));
        }
        return new CalendarPeriod(YearMonth.of(year, firstMonth).atDay(1),
                YearMonth.of(year, lastMonth).atEndOfMonth(), names.toString());
    }

    public static CalendarPeriod quarter(int year, int quarter) {
        return quarters(year, quarter, quarter);
    }

    /** Consecutive quarters of one year, e.g. "Quý I, II/2024". */
    public static CalendarPeriod quarters(int year, int firstQuarter, int lastQuarter) {
        if (firstQuarter < 1 || lastQuarter > 4 || lastQuarter < firstQuarter) {
            throw new IllegalArgumentException("quarters " + firstQuarter + ".." + lastQuarter);
        }
        StringJoiner names = new StringJoiner(", ", "Quý ", "/" + year);
        for (int q = firstQuarter; q <= lastQuarter; q++) {
            names.add(RomanNumerals.format(q));
        }
        return new CalendarPeriod(YearMonth.of(year, firstQuarter * 3 - 2).atDay(1),
                YearMonth.of(year, lastQuarter * 3).atEndOfMonth(), names.toString());
    }

    /** The first (1) or second (2) half of a year: "6 tháng đầu năm 2025", "6 tháng cuối năm 2025". */
    public static CalendarPeriod half(int year, int half) {
        if (half == 1) {
            return new CalendarPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), "6 tháng đầu năm " + year);
        }
        if (half == 2) {
            return new CalendarPeriod(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), "6 tháng cuối năm " + year);
        }
        throw new IllegalArgumentException("half " + half);
    }

    /** The first months of a year, e.g. "9 tháng đầu năm 2025"; six months is {@link #half(int, int) half 1}. */
    public static CalendarPeriod firstMonths(int year, int months) {
        if (months == 6) {
            return half(year, 1);
        }
        if (months == 12) {
            return year(year);
        }
        return new CalendarPeriod(LocalDate.of(year, 1, 1), YearMonth.of(year, months).atEndOfMonth(),
                months + " tháng đầu năm " + year);
    }

    public static CalendarPeriod year(int year) {
        return new CalendarPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "Năm " + year);
    }

    /** Whole years, e.g. "Giai đoạn 2022-2025". */
    public static CalendarPeriod years(int firstYear, int lastYear) {
        if (firstYear == lastYear) {
            return year(firstYear);
        }
        return new CalendarPeriod(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31),
                "Giai đoạn " + firstYear + "-" + lastYear);
    }

    /** Any range of days, e.g. "Từ 01/03/2025 đến 30/06/2025". */
    public static CalendarPeriod between(LocalDate start, LocalDate end) {
        return new CalendarPeriod(start, end, "Từ " + DateMentions.format(start) + " đến " + DateMentions.format(end));
    }
}
