package vn.tthc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.reporting.Caller;
import vn.tthc.reporting.ConsolidatedReport;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.SubmissionVersion;
import vn.tthc.reporting.Unit;
import vn.tthc.platform.documents.DocumentFile;
import vn.tthc.platform.documents.DownloadNames;
import vn.tthc.platform.documents.OfficialDocument;
import vn.tthc.platform.time.ClockProducer;
import vn.tthc.reporting.exports.DocumentFormat;
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
     * A version of a unit's report (the current one when null), dated the day it was submitted or today, addressed
     * to the receiving unit; for a caller who may read the report.
     */
    @Transactional
    public DocumentFile submission(Caller caller, UUID id, Integer version, DocumentFormat format) {
        SubmissionState state = submissions.get(caller, id, version);
        Submission submission = state.submission();
        RegimeDefinition regime = regimes.find(submission.regimeCode).read();
        SubmissionVersion shown = state.versions().get(state.shownVersion() - 1);
        LocalDate date = shown.submittedAt == null ? LocalDate.now(clock)
                : shown.submittedAt.atZone(ClockProducer.VIETNAM).toLocalDate();
        ReportLayouts.Issuer issuer = issuer(submission.unitCode, nameOf(regime.receivingUnitCode()));
        OfficialDocument document = ReportLayouts.submission(regime, issuer,
                new ReportLayouts.PeriodText(submission.periodLabel, submission.periodStart, submission.periodEnd),
                state.content(), date);
        String unit = issuer.abbreviation() != null ? issuer.abbreviation() : submission.unitCode;
        return new DocumentFile(format.write(document), format.mediaType(),
                DownloadNames.ascii("bao-cao", unit, submission.regimeCode, submission.periodKey, "v" + state.shownVersion())
                        + "." + format.extension(),
                "Báo cáo " + displayName(issuer) + " - " + submission.periodLabel + " (phiên bản " + state.shownVersion() + ")."
                        + format.extension());
    }

    /**
     * The receiving unit's consolidated report for a period, dated today and addressed to the unit above it; for a
     * caller who sees the receiving unit.
     */
    @Transactional
    public DocumentFile consolidated(Caller caller, String regimeCode, String periodKey, DocumentFormat format) {
        ConsolidatedReport report = periodReports.consolidated(caller, regimeCode, periodKey);
        RegimeDefinition regime = regimes.find(regimeCode).read();
        String receiving = regime.receivingUnitCode();
        String addressee = units.findByIdOptional(receiving).map(u -> u.parentCode).map(this::nameOf).orElse(null);
        ReportLayouts.Issuer issuer = issuer(receiving, addressee);
        OfficialDocument document = ReportLayouts.consolidated(regime, issuer, report, LocalDate.now(clock));
        String unit = issuer.abbreviation() != null ? issuer.abbreviation() : receiving;
        return new DocumentFile(format.write(document), format.mediaType(),
                DownloadNames.ascii("bao-cao-tong-hop", unit, regimeCode, periodKey) + "." + format.extension(),
                "Báo cáo tổng hợp " + displayName(issuer) + " - " + report.periodLabel() + "." + format.extension());
    }

    /**
     * The issuing unit as the replica of the unit tree describes it: its letterhead name under its parent's, its
     * abbreviation and signer, and its place, or the nearest ancestor's when it has none.
     */
    private ReportLayouts.Issuer issuer(String unitCode, String addressee) {
        Optional<Unit> found = units.findByIdOptional(unitCode);
        Unit parent = found.map(u -> u.parentCode).flatMap(units::findByIdOptional).orElse(null);
        String place = null;
        Unit at = found.orElse(null);
        for (int depth = 0; at != null && place == null && depth < 20; depth++) {
            place = at.place;
            at = at.parentCode == null ? null : units.findByIdOptional(at.parentCode).orElse(null);
        }
        OfficialDocument.Signature signature = found.map(u -> new OfficialDocument.Signature(u.signingAuthority, u.signerTitle,
                u.signerName)).orElse(new OfficialDocument.Signature(null, null, null));
        return new ReportLayouts.Issuer(unitCode, found.map(u -> u.name).orElse(null), found.map(u -> u.headerName).orElse(null),
                parent == null ? null : parent.headerName != null ? parent.headerName : parent.name,
                found.map(u -> u.abbreviation).orElse(null), place, signature, addressee);
    }

    private static String displayName(ReportLayouts.Issuer issuer) {
        return issuer.unitName() != null ? issuer.unitName() : issuer.unitCode();
    }

    private String nameOf(String unitCode) {
        return units.findByIdOptional(unitCode).map(u -> u.name).orElse(null);
    }
}
