package vn.tthc.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One period a report covers: its key ({@code 2025-Q1}, or the request's own for an ad-hoc report), its
 * Vietnamese label, and the data cut-off window (thời điểm chốt số liệu), both ends inclusive.
 */
public record ReportingPeriod(PeriodType type, String key, String label, LocalDate start, LocalDate end) {

    public ReportingPeriod {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a reporting period needs a key");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a reporting period needs a label");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("cut-off window ends before it starts: " + start + ".." + end);
        }
    }

    /** An ad-hoc (đột xuất) period: the requester chooses its key, label and window. */
    public static ReportingPeriod adHoc(String key, String label, LocalDate start, LocalDate end) {
        return new ReportingPeriod(PeriodType.AD_HOC, key, label, start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The month the window closes in: the period's last reporting month. */
    public YearMonth lastMonth() {
        return YearMonth.from(end);
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
