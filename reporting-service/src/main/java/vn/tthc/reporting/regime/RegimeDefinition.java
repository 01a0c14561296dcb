package vn.tthc.reporting.regime;

import vn.tthc.reporting.form.ReportForm;
import vn.tthc.reporting.period.CutOffRule;
import vn.tthc.reporting.period.DeadlineRule;
import vn.tthc.reporting.period.PeriodKey;
import vn.tthc.reporting.period.PeriodType;
import vn.tthc.reporting.period.ReportingLevel;
import vn.tthc.reporting.period.ReportingPeriod;
import vn.tthc.reporting.period.ScheduledPeriod;
import vn.tthc.platform.calendar.WorkingDays;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A reporting regime (chế độ báo cáo): what is reported (forms), how often (period types), which days' data
 * each period covers (cut-off rule), and when each level must send it (deadlines). Ad-hoc reports, when the
 * regime allows them, take their window and deadline from each request.
 */
public record RegimeDefinition(String code, String name, String description, List<String> legalBases,
                               String receivingUnitCode, ReportingUnits reportingUnits, List<PeriodType> periodTypes,
                               CutOffRule cutOff, List<LevelDeadline> deadlines, List<ReportForm> forms) {

    public RegimeDefinition {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a regime needs a code");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("regime " + code + " needs a name");
        }
        legalBases = List.copyOf(legalBases);
        if (receivingUnitCode == null || receivingUnitCode.isBlank()) {
            throw new IllegalArgumentException("regime " + code + " needs the unit that receives its reports");
        }
        Objects.requireNonNull(reportingUnits, "reportingUnits");
        periodTypes = List.copyOf(periodTypes);
        Objects.requireNonNull(cutOff, "cutOff");
        deadlines = List.copyOf(deadlines);
        forms = List.copyOf(forms);
        if (periodTypes.isEmpty()) {
            throw new IllegalArgumentException("regime " + code + " has no period types");
        }
        if (new HashSet<>(periodTypes).size() != periodTypes.size()) {
            throw new IllegalArgumentException("regime " + code + " lists a period type twice");
        }
        Set<String> levelAndType = new HashSet<>();
        for (LevelDeadline deadline : deadlines) {
            if (!periodTypes.contains(deadline.periodType())) {
                throw new IllegalArgumentException("regime " + code + " sets a deadline for " + deadline.periodType()
                        + " reports, which it does not have");
            }
            if (!levelAndType.add(deadline.level() + "/" + deadline.periodType())) {
                throw new IllegalArgumentException("regime " + code + " sets two deadlines for " + deadline.level()
                        + " " + deadline.periodType() + " reports");
            }
        }
        for (PeriodType type : periodTypes) {
            if (type.isRegular() && levelAndType.add(reportingUnits.level() + "/" + type)) {
                throw new IllegalArgumentException("regime " + code + " sets no deadline for " + reportingUnits.level()
                        + " " + type + " reports, the level its units report at");
            }
        }
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("regime " + code + " has no forms");
        }
        Set<String> formCodes = new HashSet<>();
        for (ReportForm form : forms) {
            if (!formCodes.add(form.code())) {
                throw new IllegalArgumentException("regime " + code + " has two forms coded " + form.code());
            }
        }
    }

    public boolean hasPeriodType(PeriodType type) {
        return periodTypes.contains(type);
    }

    public ReportingPeriod period(PeriodKey key) {
        requireRegular(key.type());
        return cutOff.period(key);
    }

    /** The regime's periods of a type in a year, with its cut-off windows. */
    public List<ReportingPeriod> periods(PeriodType type, int year) {
        requireRegular(type);
        return cutOff.periods(type, year);
    }

    public Optional<ReportingPeriod> periodContaining(PeriodType type, LocalDate day) {
        requireRegular(type);
        return cutOff.periodContaining(type, day);
    }

    public Optional<DeadlineRule> deadlineRule(ReportingLevel level, PeriodType type) {
        return deadlines.stream()
                .filter(d -> d.level() == level && d.periodType() == type)
                .map(LevelDeadline::rule)
                .findFirst();
    }

    /**
     * The last day a level's report for a period may arrive and be on time; empty when the regime sets no
     * deadline for that level and type. Ad-hoc periods are refused: their request carries the deadline.
     */
    public Optional<LocalDate> lastAllowedDay(ReportingLevel level, ReportingPeriod period, WorkingDays calendar) {
        requireRegular(period.type());
        return deadlineRule(level, period.type()).map(rule -> rule.lastAllowedDay(period, calendar));
    }

    /**
     * The last day the regime's reporting units may send their report for a regular period and be on time,
     * as the regime states it (a weekend or a day off included; see {@link #schedule}).
     */
    public LocalDate lastAllowedDay(ReportingPeriod period, WorkingDays calendar) {
        return lastAllowedDay(reportingUnits.level(), period, calendar).orElseThrow();
    }

    /**
     * A regular period with its reporting units' deadline: the stated day, and the effective one, moved to the
     * next working day when the stated one is a weekend or a day off (Civil Code 2015, art. 148(5)).
     */
    public ScheduledPeriod schedule(ReportingPeriod period, WorkingDays calendar) {
        return ScheduledPeriod.of(period, lastAllowedDay(period, calendar), calendar);
    }

    public Optional<ReportForm> form(String formCode) {
        return forms.stream().filter(f -> f.code().equals(formCode)).findFirst();
    }

    private void requireRegular(PeriodType type) {
        if (!type.isRegular()) {
            throw new IllegalArgumentException("ad-hoc reports take their window and deadline from the request");
        }
        if (!hasPeriodType(type)) {
            throw new IllegalArgumentException("regime " + code + " has no " + type + " reports");
        }
    }
}
