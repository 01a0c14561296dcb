package vn.tthc.reporting.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of a regime with the deadline its reporting units must keep. The period is open for reports from
 * the day its data window opens; a report that arrives after the last allowed day is late.
 */
public record ScheduledPeriod(ReportingPeriod period, LocalDate lastAllowedDay) {

    public ScheduledPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(lastAllowedDay, "lastAllowedDay");
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(period.start());
    }

    public boolean isLateOn(LocalDate day) {
        return day.isAfter(lastAllowedDay);
    }
}
