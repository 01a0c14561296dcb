package vn.tthc.reporting.service;

import vn.tthc.reporting.access.UnitAccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.reporting.Caller;
import vn.tthc.reporting.Completeness;
import vn.tthc.reporting.ConsolidatedReport;
import vn.tthc.reporting.Consolidation;
import vn.tthc.reporting.ExpectedUnit;
import vn.tthc.reporting.Figures;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.SubmissionStatus;
import vn.tthc.reporting.Unit;
import vn.tthc.reporting.period.ScheduledPeriod;
import vn.tthc.reporting.regime.RegimeDefinition;
import vn.tthc.reporting.repository.EventFigures;
import vn.tthc.reporting.repository.Submissions;
import vn.tthc.reporting.repository.Units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the receiving unit sees of a period: completeness and timeliness, and the consolidated report, for callers
 * who see the regime's receiving unit; and a unit's event-fed figures in the period, for callers who see the unit.
 */
@ApplicationScoped
public class PeriodReportService {

    private final RegimeService regimes;
    private final PeriodService periods;
    private final Submissions submissions;
    private final EventFigures figures;
    private final Units units;
    private final ContentJson json;
    private final UnitAccess access;

    public PeriodReportService(RegimeService regimes, PeriodService periods, Submissions submissions, EventFigures figures,
                               Units units, ContentJson json, UnitAccess access) {
        this.regimes = regimes;
        this.periods = periods;
        this.submissions = submissions;
        this.figures = figures;
        this.units = units;
        this.json = json;
        this.access = access;
    }

    /** A unit's event-fed figures (its own and those of the units under it) in a period's data window. */
    public record PeriodFigures(String regimeCode, String periodKey, String unitCode, LocalDate start, LocalDate end,
                                Figures figures) {
    }

    @Transactional
    public PeriodFigures figures(Caller caller, String regimeCode, String periodKey, String unitCode) {
        access.requireSees(caller, unitCode);
        ScheduledPeriod scheduled = periods.schedule(regimes.find(regimeCode).read(), periodKey);
        return new PeriodFigures(regimeCode, periodKey, unitCode, scheduled.period().start(), scheduled.period().end(),
                figures.ofSubtree(unitCode, scheduled.period().start(), scheduled.period().end()));
    }

    @Transactional
    public Completeness completeness(Caller caller, String regimeCode, String periodKey) {
        RegimeDefinition regime = regimes.find(regimeCode).read();
        access.requireSees(caller, regime.receivingUnitCode());
        ScheduledPeriod scheduled = periods.schedule(regime, periodKey);
        return Completeness.of(regimeCode, periodKey, scheduled.period().label(), scheduled.lastAllowedDay(),
                scheduled.printedLastAllowedDay(),
                periods.expectedUnits(regime), submissions.ofPeriod(regimeCode, periodKey));
    }

    /**
     * The sum of the expected units' accepted reports, with the event-fed figures of those units (every unit
     * under them counted once) in the period's window, and each unit's part.
     */
    @Transactional
    public ConsolidatedReport consolidated(Caller caller, String regimeCode, String periodKey) {
        RegimeDefinition regime = regimes.find(regimeCode).read();
        access.requireSees(caller, regime.receivingUnitCode());
        ScheduledPeriod scheduled = periods.schedule(regime, periodKey);
        LocalDate start = scheduled.period().start();
        LocalDate end = scheduled.period().end();
        List<ExpectedUnit> expected = periods.expectedUnits(regime);
        Map<String, Submission> byUnit = submissions.ofPeriod(regimeCode, periodKey).stream()
                .collect(Collectors.toMap(s -> s.unitCode, Function.identity()));

        List<Consolidation.UnitReport> accepted = new ArrayList<>();
        List<ConsolidatedReport.UnitPart> parts = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (ExpectedUnit unit : expected) {
            covered.addAll(units.subtreeCodes(unit.code()));
            Figures unitFigures = figures.ofSubtree(unit.code(), start, end);
            Submission submission = byUnit.get(unit.code());
            if (submission == null) {
                parts.add(new ConsolidatedReport.UnitPart(unit.code(), unit.name(), null, null, null, null, null, unitFigures));
                continue;
            }
            var content = submission.status == SubmissionStatus.ACCEPTED
                    ? json.content(submissions.version(submission.id, submission.currentVersion).content) : null;
            if (content != null) {
                accepted.add(new Consolidation.UnitReport(unit.code(), unit.name(), content));
            }
            parts.add(new ConsolidatedReport.UnitPart(unit.code(), unit.name(), submission.id, submission.status,
                    submission.currentVersion, submission.firstLate, content, unitFigures));
        }
        String receiverName = units.findByIdOptional(regime.receivingUnitCode()).map((Unit u) -> u.name).orElse(null);
        return new ConsolidatedReport(regimeCode, regime.name(), periodKey, scheduled.period().label(), start, end,
                scheduled.lastAllowedDay(), scheduled.printedLastAllowedDay(), regime.receivingUnitCode(), receiverName, expected.size(), accepted.size(),
                Consolidation.of(regime, accepted), figures.ofUnits(covered, start, end), parts);
    }
}
