package vn.tthc.reporting.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A request for an ad-hoc (đột xuất) report: it carries its own data window and its own deadline, given as
 * the last allowed day like every other deadline. As with periodic reports, the deadline may fall before the
 * window closes (the last days' figures are then estimated), but not before it opens.
 */
public record AdHocRequest(ReportingPeriod period, LocalDate lastAllowedDay) {

    public AdHocRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(lastAllowedDay, "lastAllowedDay");
        if (period.type() != PeriodType.AD_HOC) {
            throw new IllegalArgumentException("an ad-hoc request needs an ad-hoc period, not " + period.type());
        }
        if (lastAllowedDay.isBefore(period.start())) {
            throw new IllegalArgumentException("an ad-hoc report cannot be due before its data window opens: "
                    + lastAllowedDay + " < " + period.start());
        }
    }

    public static AdHocRequest of(String key, String title, LocalDate windowStart, LocalDate windowEnd,
                                  LocalDate lastAllowedDay) {
        return new AdHocRequest(ReportingPeriod.adHoc(key, title, windowStart, windowEnd), lastAllowedDay);
    }

    public boolean isOnTime(LocalDate receivedOn) {
        return !receivedOn.isAfter(lastAllowedDay);
    }
}
