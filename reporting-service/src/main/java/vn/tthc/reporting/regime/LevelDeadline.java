package vn.tthc.reporting.regime;

import vn.tthc.reporting.period.DeadlineRule;
import vn.tthc.reporting.period.PeriodType;
import vn.tthc.reporting.period.ReportingLevel;

import java.util.Objects;

/**
 * When reports of one period type are due from one level, and where that rule comes from (the plan or
 * decision that sets it, or a note that it is an assumed default).
 */
public record LevelDeadline(ReportingLevel level, PeriodType periodType, DeadlineRule rule, String basis) {

    public LevelDeadline {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(periodType, "periodType");
        Objects.requireNonNull(rule, "rule");
        if (!periodType.isRegular()) {
            throw new IllegalArgumentException("ad-hoc requests carry their own deadline; a regime sets none for them");
        }
    }
}
