package vn.tthc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.reporting.ConflictException;
import vn.tthc.reporting.EventFigure;
import vn.tthc.reporting.Figures;
import vn.tthc.reporting.InvalidFieldException;
import vn.tthc.reporting.InvalidFieldsException;
import vn.tthc.reporting.NotFoundException;
import vn.tthc.reporting.Prefill;
import vn.tthc.reporting.ReportContent;
import vn.tthc.reporting.StaleVersionException;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.SubmissionDecision;
import vn.tthc.reporting.SubmissionStatus;
import vn.tthc.reporting.SubmissionVersion;
import vn.tthc.reporting.VietnameseText;
import vn.tthc.reporting.events.Outbox;
import vn.tthc.reporting.events.SubmissionAcceptedV1;
import vn.tthc.reporting.events.SubmissionReturnedV1;
import vn.tthc.reporting.events.SubmissionSubmittedV1;
import vn.tthc.reporting.form.Indicator;
import vn.tthc.reporting.form.ReportForm;
import vn.tthc.reporting.period.ScheduledPeriod;
import vn.tthc.reporting.regime.RegimeDefinition;
import vn.tthc.reporting.repository.EventFigures;
import vn.tthc.reporting.repository.IdempotencyKeys;
import vn.tthc.reporting.repository.Submissions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A unit's report through its life: drafted (with what the system already knows prefilled), saved, submitted
 * (late after the deadline), returned with a comment and corrected as a new version, accepted and locked.
 * Each use case is one transaction; events leave through the outbox in it. A request that breaks a rule
 * stores nothing.
 */
@ApplicationScoped
public class SubmissionService {

    private static final String IDEMPOTENCY_SCOPE = "submission";

    private final Submissions submissions;
    private final RegimeService regimes;
    private final PeriodService periods;
    private final EventFigures figures;
    private final IdempotencyKeys idempotencyKeys;
    private final ContentJson json;
    private final Outbox outbox;
    private final Clock clock;

    public SubmissionService(Submissions submissions, RegimeService regimes, PeriodService periods, EventFigures figures,
                             IdempotencyKeys idempotencyKeys, ContentJson json, Outbox outbox, Clock clock) {
        this.submissions = submissions;
        this.regimes = regimes;
        this.periods = periods;
        this.figures = figures;
        this.idempotencyKeys = idempotencyKeys;
        this.json = json;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Starts a unit's draft for a period: the period must be open and the unit one of the regime's reporting
     * units. Indicators the forms prefill from event-fed figures get the unit's figures (its own and those
     * of the units under it) in the period's data window, marked with their source.
     */
    @Transactional
    public SubmissionState startDraft(String regimeCode, String periodKey, String unitCode, String idempotencyKey) {
        Optional<Submission> earlier = idempotencyKeys.resourceOf(IDEMPOTENCY_SCOPE, idempotencyKey)
                .flatMap(id -> submissions.findByIdOptional(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return state(earlier.get(), earlier.get().currentVersion);
        }
        RegimeDefinition regime = regimes.find(regimeCode).read();
        ScheduledPeriod scheduled = periods.schedule(regime, periodKey);
        if (!periods.reports(regime, unitCode)) {
            throw new InvalidFieldException("unitCode", "submission.unit-outside-regime");
        }
        requireOpen(scheduled);
        submissions.find(regimeCode, periodKey, unitCode).ifPresent(existing -> {
            throw new ConflictException("submission.exists", existing.id);
        });
        Instant now = clock.instant();
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.regimeCode = regimeCode;
        submission.periodKey = periodKey;
        submission.unitCode = unitCode;
        submission.schedule(scheduled);
        submission.status = SubmissionStatus.DRAFT;
        submission.currentVersion = 1;
        submission.createdAt = now;
        submission.updatedAt = now;
        submissions.persist(submission);

        Map<String, Map<String, Prefill>> prefilled = prefill(regime, unitCode, scheduled);
        Map<String, ReportContent.FormEntry> forms = new LinkedHashMap<>();
        for (ReportForm form : regime.forms()) {
            Map<String, Object> values = new LinkedHashMap<>();
            prefilled.getOrDefault(form.code(), Map.of()).forEach((code, mark) -> values.put(code, mark.value()));
            forms.put(form.code(), form.breakdown() == null ? new ReportContent.FormEntry(values, null)
                    : new ReportContent.FormEntry(null, List.of()));
        }
        addVersion(submission, 1, new ReportContent(forms), prefilled, now);
        idempotencyKeys.remember(IDEMPOTENCY_SCOPE, idempotencyKey, submission.id.toString(), now);
        return state(submission, 1);
    }

    /**
     * Saves the unit's content. A returned report is corrected in a new version; an accepted one is locked,
     * a submitted one awaits its decision. Values must have the right types; required values and rules are
     * checked at submission.
     */
    @Transactional
    public SubmissionState save(UUID id, ReportContent content, Long expectedVersion) {
        Submission submission = find(id);
        StaleVersionException.check("submission", id, expectedVersion, submission.rowVersion);
        requireEditable(submission);
        RegimeDefinition regime = regimes.find(submission.regimeCode).read();
        ReportContent normalized = content.normalized();
        List<InvalidFieldsException.FieldMessage> problems = normalized.violations(regime, false);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Instant now = clock.instant();
        SubmissionVersion current = submissions.version(id, submission.currentVersion);
        if (submission.status == SubmissionStatus.RETURNED) {
            submission.currentVersion++;
            submission.status = SubmissionStatus.DRAFT;
            addVersion(submission, submission.currentVersion, normalized, json.prefilled(current.prefilled), now);
        } else {
            current.content = json.write(normalized);
            current.savedAt = now;
        }
        submissions.touch(submission, now);
        return state(submission, submission.currentVersion);
    }

    /**
     * Submits the current draft: the period must be open and the content complete and consistent. A
     * submission after the last allowed day is late; the first submission decides the report's timeliness.
     */
    @Transactional
    public SubmissionState submit(UUID id, Long expectedVersion) {
        Submission submission = find(id);
        StaleVersionException.check("submission", id, expectedVersion, submission.rowVersion);
        if (submission.status != SubmissionStatus.DRAFT) {
            throw new ConflictException(submission.status == SubmissionStatus.ACCEPTED ? "submission.locked" : "submission.not-draft");
        }
        RegimeDefinition regime = regimes.find(submission.regimeCode).read();
        ScheduledPeriod scheduled = periods.schedule(regime, submission.periodKey);
        requireOpen(scheduled);
        SubmissionVersion version = submissions.version(id, submission.currentVersion);
        List<InvalidFieldsException.FieldMessage> problems = json.content(version.content).violations(regime, true);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Instant now = clock.instant();
        submission.schedule(scheduled);
        boolean late = submission.submit(now, LocalDate.now(clock));
        version.submittedAt = now;
        version.late = late;
        outbox.record(new SubmissionSubmittedV1(submission.id, submission.regimeCode, submission.periodKey,
                scheduled.period().type(), submission.periodLabel, submission.periodStart, submission.periodEnd,
                submission.unitCode, version.number, now, submission.lastAllowedDay, late));
        submissions.touch(submission, now);
        return state(submission, submission.currentVersion);
    }

    /** The receiving unit accepts the submitted version (locking the report) or returns it with a comment. */
    @Transactional
    public SubmissionState decide(UUID id, SubmissionDecision.Kind kind, String comment, Long expectedVersion) {
        Submission submission = find(id);
        StaleVersionException.check("submission", id, expectedVersion, submission.rowVersion);
        if (submission.status != SubmissionStatus.SUBMITTED) {
            throw new ConflictException("submission.not-submitted");
        }
        String reason = comment == null || comment.isBlank() ? null : VietnameseText.nfc(comment.strip());
        if (kind == SubmissionDecision.Kind.RETURNED && reason == null) {
            throw new InvalidFieldException("comment", "submission.comment-required");
        }
        Instant now = clock.instant();
        SubmissionDecision decision = new SubmissionDecision();
        decision.id = UUID.randomUUID();
        decision.submissionId = id;
        decision.versionNumber = submission.currentVersion;
        decision.decision = kind;
        decision.comment = reason;
        decision.decidedAt = now;
        submissions.add(decision);
        submission.status = kind == SubmissionDecision.Kind.ACCEPTED ? SubmissionStatus.ACCEPTED : SubmissionStatus.RETURNED;
        String receiver = regimes.find(submission.regimeCode).read().receivingUnitCode();
        outbox.record(kind == SubmissionDecision.Kind.ACCEPTED
                ? new SubmissionAcceptedV1(id, submission.regimeCode, submission.periodKey, submission.unitCode, receiver,
                decision.versionNumber, now)
                : new SubmissionReturnedV1(id, submission.regimeCode, submission.periodKey, submission.unitCode, receiver,
                decision.versionNumber, now, reason));
        submissions.touch(submission, now);
        return state(submission, submission.currentVersion);
    }

    @Transactional
    public SubmissionState get(UUID id, Integer versionNumber) {
        Submission submission = find(id);
        int number = versionNumber == null ? submission.currentVersion : versionNumber;
        if (number < 1 || number > submission.currentVersion) {
            throw new NotFoundException("submission-version", number);
        }
        return state(submission, number);
    }

    private Map<String, Map<String, Prefill>> prefill(RegimeDefinition regime, String unitCode, ScheduledPeriod scheduled) {
        Figures known = null;
        Map<String, Map<String, Prefill>> prefilled = new LinkedHashMap<>();
        for (ReportForm form : regime.forms()) {
            if (form.breakdown() != null) {
                continue;
            }
            for (Indicator indicator : form.indicators()) {
                EventFigure figure = indicator.prefill();
                if (figure != null) {
                    if (known == null) {
                        known = figures.ofSubtree(unitCode, scheduled.period().start(), scheduled.period().end());
                    }
                    prefilled.computeIfAbsent(form.code(), code -> new LinkedHashMap<>())
                            .put(indicator.code(), Prefill.of(figure, known.get(figure)));
                }
            }
        }
        return prefilled;
    }

    private void addVersion(Submission submission, int number, ReportContent content,
                            Map<String, Map<String, Prefill>> prefilled, Instant now) {
        SubmissionVersion version = new SubmissionVersion();
        version.id = UUID.randomUUID();
        version.submissionId = submission.id;
        version.number = number;
        version.content = json.write(content);
        version.prefilled = json.write(prefilled);
        version.savedAt = now;
        submissions.add(version);
    }

    private SubmissionState state(Submission submission, int shownVersion) {
        SubmissionVersion shown = submissions.version(submission.id, shownVersion);
        return new SubmissionState(submission, submissions.versions(submission.id), submissions.decisions(submission.id),
                shownVersion, json.content(shown.content), json.prefilled(shown.prefilled));
    }

    private Submission find(UUID id) {
        return submissions.findByIdOptional(id).orElseThrow(() -> new NotFoundException("submission", id));
    }

    private void requireOpen(ScheduledPeriod scheduled) {
        if (!scheduled.isOpenOn(LocalDate.now(clock))) {
            throw new InvalidFieldException("periodKey", "submission.period-not-open");
        }
    }

    private static void requireEditable(Submission submission) {
        if (submission.status == SubmissionStatus.ACCEPTED) {
            throw new ConflictException("submission.locked");
        }
        if (submission.status == SubmissionStatus.SUBMITTED) {
            throw new ConflictException("submission.under-review");
        }
    }
}
