package vn.tthc.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * When each reporting month's data closes (thời điểm chốt số liệu). Data up to and including the closing day
 * of a month belongs to that month; later days belong to the next month. A period's window therefore runs
 * from the day after the closing day of the month before its first month to the closing day of its last
 * month, and consecutive periods of a type meet without gap or overlap.
 * <p>
 * A closing day beyond a month's length means that month's last day, so {@code 31} gives calendar months.
 */
public record CutOffRule(int closingDay) {

    /** Decree 09/2019/NĐ-CP art. 12: from the 15th of the previous month to the 14th. */
    public static final CutOffRule DECREE_09_2019 = new CutOffRule(14);

    /** Calendar months: from the 1st to the month's last day. */
    public static final CutOffRule CALENDAR_MONTHS = new CutOffRule(31);

    public CutOffRule {
        if (closingDay < 1 || closingDay > 31) {
            throw new IllegalArgumentException("closing day must be 1..31: " + closingDay);
        }
    }

    /** The last day of data for a reporting month. */
    public LocalDate closingDate(YearMonth reportingMonth) {
        return reportingMonth.atDay(Math.min(closingDay, reportingMonth.lengthOfMonth()));
    }

    /** The reporting month a day's data belongs to: 2024-12-20 belongs to January 2025 under Decree 09. */
    public YearMonth reportingMonthOf(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return day.isAfter(closingDate(month)) ? month.plusMonths(1) : month;
    }

    public ReportingPeriod period(PeriodKey key) {
        LocalDate start = closingDate(key.firstMonth().minusMonths(1)).plusDays(1);
        LocalDate end = closingDate(key.lastMonth());
        return new ReportingPeriod(key.type(), key.toString(), key.label(), start, end);
    }

    /** Every period of a type in a year, in order. */
    public List<ReportingPeriod> periods(PeriodType type, int year) {
        return PeriodKey.allOf(type, year).stream().map(this::period).toList();
    }

    /**
     * The period of a type whose window holds a day; empty for a six-month or nine-month type when the day
     * falls after that report's window in its year.
     */
    public Optional<ReportingPeriod> periodContaining(PeriodType type, LocalDate day) {
        return PeriodKey.covering(type, reportingMonthOf(day)).map(this::period);
    }
}
