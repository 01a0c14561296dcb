package vn.tthc.plan.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence per month, quarter, half year or year, due on a day of the period's last month
 * ("trước ngày 19 của tháng cuối quý"), on a fixed day of the year for yearly rules ("trước ngày 19 tháng 12"),
 * or on the period's last day when the text names no day.
 *
 * @param frequency   how often
 * @param dayOfMonth  the due day in the period's last month; null for the period's last day. A day past the
 *                    month's end (31 in June) means the month's last day.
 * @param month       for yearly rules only, the month of the due day when the text names one; null otherwise
 */
public record RecurrenceRule(Frequency frequency, Integer dayOfMonth, Integer month) {

    public RecurrenceRule {
        Objects.requireNonNull(frequency, "frequency");
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("day of month " + dayOfMonth);
        }
        if (month != null && (frequency != Frequency.YEARLY || month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " for " + frequency);
        }
    }

    /** Due on the period's last day. */
    public static RecurrenceRule endOfPeriod(Frequency frequency) {
        return new RecurrenceRule(frequency, null, null);
    }

    /** Due on the given day of the period's last month. */
    public static RecurrenceRule onDay(Frequency frequency, int dayOfMonth) {
        return new RecurrenceRule(frequency, dayOfMonth, null);
    }

    /** The occurrences whose due date falls from {@code from} to {@code to}, both included, in date order. */
    public List<Occurrence> occurrences(LocalDate from, LocalDate to) {
        List<Occurrence> result = new ArrayList<>();
        CalendarPeriod period = frequency.periodContaining(from);
        while (!period.start().isAfter(to)) {
            LocalDate due = dueDate(period);
            if (!due.isBefore(from) && !due.isAfter(to)) {
                result.add(new Occurrence(period.label(), due, true));
            }
            period = frequency.periodContaining(period.end().plusDays(1));
        }
        return result;
    }

    /** The due date of one period of this rule. */
    public LocalDate dueDate(CalendarPeriod period) {
        if (dayOfMonth == null) {
            return period.end();
        }
        YearMonth dueMonth = month != null
                ? YearMonth.of(period.end().getYear(), month)
                : YearMonth.from(period.end());
        return dueMonth.atDay(Math.min(dayOfMonth, dueMonth.lengthOfMonth()));
    }

    /** How often a recurring task or report comes round. */
    public enum Frequency {
        MONTHLY(1), QUARTERLY(3), SIX_MONTHLY(6), YEARLY(12);

        private final int months;

        Frequency(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }

        /** The month, quarter, half year or year that contains the date. */
        public CalendarPeriod periodContaining(LocalDate date) {
            int year = date.getYear();
            int index = (date.getMonthValue() - 1) / months + 1;
            switch (this) {
                case MONTHLY:
                    return CalendarPeriod.month(year, date.getMonthValue());
                case QUARTERLY:
                    return CalendarPeriod.quarter(year, index);
                case SIX_MONTHLY:
                    return CalendarPeriod.half(year, index);
                default:
                    return CalendarPeriod.year(year);
            }
        }

        /** The frequency of a period of so many months (1, 3, 6 or 12), if it is one of these. */
        public static Optional<Frequency> ofMonths(int months) {
            for (Frequency f : values()) {
                if (f.months == months) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }
}
