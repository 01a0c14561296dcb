package vn.tthc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.reporting.Caller;
import vn.tthc.reporting.ConsolidatedReport;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.SubmissionVersion;
import vn.tthc.reporting.Unit;
import vn.tthc.platform.time.ClockProducer;
import vn.tthc.reporting.exports.DocumentFormat;
import vn.tthc.reporting.exports.ExportedDocument;
import vn.tthc.reporting.exports.ReportDocument;
import vn.tthc.reporting.exports.ReportLayouts;
import vn.tthc.reporting.regime.RegimeDefinition;
import vn.tthc.reporting.repository.Units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Exports a unit's report or a consolidated report as .docx or .xlsx in the official layout. */
@ApplicationScoped
public class DocumentService {

    private final SubmissionService submissions;
    private final PeriodReportService periodReports;
    private final RegimeService regimes;
    private final Units units;
    private final Clock clock;

    public DocumentService(SubmissionService submissions, PeriodReportService periodReports, RegimeService regimes,
                           Units units, Clock clock) {
        this.submissions = submissions;
        this.periodReports = periodReports;
        this.regimes = regimes;
        this.units = units;
        this.clock = clock;
    }

    /**
     * A version of a unit's report (the current one when null), dated the day it was submitted or today; for a
     * caller who may read the report.
     */
    @Transactional
    public ExportedDocument submission(Caller caller, UUID id, Integer version, DocumentFormat format) {
        SubmissionState state = submissions.get(caller, id, version);
        Submission submission = state.submission();
        RegimeDefinition regime = regimes.find(submission.regimeCode).read();
        SubmissionVersion shown = state.versions().get(state.shownVersion() - 1);
        LocalDate date = shown.submittedAt == null ? LocalDate.now(clock)
                : shown.submittedAt.atZone(ClockProducer.VIETNAM).toLocalDate();
        ReportLayouts.Issuer issuer = issuer(submission.unitCode, nameOf(regime.receivingUnitCode()));
        ReportDocument document = ReportLayouts.submission(regime, issuer,
                new ReportLayouts.PeriodText(submission.periodLabel, submission.periodStart, submission.periodEnd),
                state.content(), date);
        return new ExportedDocument(format.write(document), format.mediaType(),
                fileName("bao-cao", submission.regimeCode, submission.periodKey, submission.unitCode + "-v" + state.shownVersion(), format));
    }

    /** The receiving unit's consolidated report for a period, dated today; for a caller who sees the receiving unit. */
    @Transactional
    public ExportedDocument consolidated(Caller caller, String regimeCode, String periodKey, DocumentFormat format) {
        ConsolidatedReport report = periodReports.consolidated(caller, regimeCode, periodKey);
        RegimeDefinition regime = regimes.find(regimeCode).read();
        ReportDocument document = ReportLayouts.consolidated(regime, issuer(regime.receivingUnitCode(), null), report,
                LocalDate.now(clock));
        return new ExportedDocument(format.write(document), format.mediaType(),
                fileName("bao-cao-tong-hop", regimeCode, periodKey, regime.receivingUnitCode(), format));
    }

    private ReportLayouts.Issuer issuer(String unitCode, String addressee) {
        Optional<Unit> unit = units.findByIdOptional(unitCode);
        String superior = unit.map(u -> u.parentCode).map(this::nameOf).orElse(null);
        return new ReportLayouts.Issuer(unitCode, unit.map(u -> u.name).orElse(null), superior, addressee);
    }

    private String nameOf(String unitCode) {
        return units.findByIdOptional(unitCode).map(u -> u.name).orElse(null);
    }

    private static String fileName(String prefix, String regimeCode, String periodKey, String unit, DocumentFormat format) {
        return (prefix + "-" + regimeCode + "-" + periodKey + "-" + unit).replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
    }
}
