package vn.tthc.reporting.service;

import vn.tthc.reporting.access.UnitAccess;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.transaction.Transactional;
import vn.tthc.platform.errors.AccessDeniedException;
import vn.tthc.reporting.Actor;
import vn.tthc.reporting.Caller;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.reporting.EventFigure;
import vn.tthc.reporting.Figures;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.reporting.InvalidFieldsException;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.reporting.Prefill;
import vn.tthc.reporting.ReportContent;
import vn.tthc.platform.errors.StaleVersionException;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.SubmissionDecision;
import vn.tthc.reporting.SubmissionStatus;
import vn.tthc.reporting.SubmissionVersion;
import vn.tthc.platform.text.VietnameseText;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.reporting.events.SubmissionAcceptedV1;
import vn.tthc.reporting.events.SubmissionReturnedV1;
import vn.tthc.reporting.events.SubmissionSubmittedV1;
import vn.tthc.reporting.form.Indicator;
import vn.tthc.reporting.form.ReportForm;
import vn.tthc.reporting.period.ScheduledPeriod;
import vn.tthc.reporting.regime.RegimeDefinition;
import vn.tthc.reporting.repository.EventFigures;
import vn.tthc.reporting.repository.Submissions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * A unit's report through its life: drafted (with what the system already knows prefilled), saved, submitted
 * (late after the deadline), returned with a comment and corrected as a new version, accepted and locked.
 * Each use case is one transaction; events leave through the outbox in it. A request that breaks a rule
 * stores nothing.
 * <p>
 * Every use case names its {@link Caller}: who may prepare, decide on or read a report is decided by the
 * submitting unit's place in the tree ({@link Caller#preparesFor}, {@link Caller#decidesFor},
 * {@link Caller#sees}), and every change records the caller ({@link Actor}) beside its time. A caller who is not
 * province-wide gets the same 403 for another unit's report as for an id that does not exist.
 */
@ApplicationScoped
public class SubmissionService {


    private final Submissions submissions;
    private final RegimeService regimes;
    private final PeriodService periods;
    private final EventFigures figures;
    private final ContentJson json;
    private final Outbox outbox;
    private final UnitAccess access;
    private final Clock clock;

    public SubmissionService(Submissions submissions, RegimeService regimes, PeriodService periods, EventFigures figures,
                             ContentJson json, Outbox outbox, UnitAccess access,
                             Clock clock) {
        this.submissions = submissions;
        this.regimes = regimes;
        this.periods = periods;
        this.figures = figures;
        this.json = json;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Starts a unit's draft for a period: the period must be open and the unit one of the regime's reporting
     * units. Indicators the forms prefill from event-fed figures get the unit's figures (its own and those
     * of the units under it) in the period's data window, marked with their source. The caller must prepare
     * the unit's reports.
     */
    @Transactional
    public SubmissionState startDraft(Caller caller, String regimeCode, String periodKey, String unitCode) {
        if (!caller.preparesFor(access.path(unitCode))) {
            throw new AccessDeniedException();
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
        submission.createdBy = Actor.of(caller);
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
        addVersion(submission, 1, new ReportContent(forms), prefilled, now, Actor.of(caller));
        return state(submission, 1);
    }

    /**
     * Saves the unit's content. A returned report is corrected in a new version; an accepted one is locked,
     * a submitted one awaits its decision. Values must have the right types; required values and rules are
     * checked at submission.
     */
    @Transactional
    public SubmissionState save(Caller caller, UUID id, ReportContent content, Long expectedVersion) {
        Submission submission = find(caller, id, Caller::preparesFor);
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
            addVersion(submission, submission.currentVersion, normalized, json.prefilled(current.prefilled), now,
                    Actor.of(caller));
        } else {
            current.content = json.write(normalized);
            current.savedAt = now;
            current.savedBy = Actor.of(caller);
        }
        submissions.touch(submission, now);
        return state(submission, submission.currentVersion);
    }

    /**
     * Submits the current draft: the period must be open and the content complete and consistent. A
     * submission after the last allowed day is late; the first submission decides the report's timeliness.
     */
    @Transactional
    public SubmissionState submit(Caller caller, UUID id, Long expectedVersion) {
        Submission submission = find(caller, id, Caller::preparesFor);
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
        version.submittedBy = Actor.of(caller);
        version.late = late;
        outbox.record(new SubmissionSubmittedV1(submission.id, submission.regimeCode, submission.periodKey,
                scheduled.period().type(), submission.periodLabel, submission.periodStart, submission.periodEnd,
                submission.unitCode, version.number, now, submission.lastAllowedDay, late));
        submissions.touch(submission, now);
        return state(submission, submission.currentVersion);
    }

    /**
     * The receiving side accepts the submitted version (locking the report) or returns it with a comment; the
     * caller must decide on the unit's reports (a leader above it, or an administrator).
     */
    @Transactional
    public SubmissionState decide(Caller caller, UUID id, SubmissionDecision.Kind kind, String comment,
                                  Long expectedVersion) {
        Submission submission = find(caller, id, Caller::decidesFor);
        StaleVersionException.check("submission", id, expectedVersion, submission.rowVersion);
        if (submission.status != SubmissionStatus.SUBMITTED) {
            throw new ConflictException("submission.not-submitted");
        }
        String reason = comment == null || comment.isBlank() ? null : VietnameseText.normalize(comment.strip());
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
        decision.decidedBy = Actor.of(caller);
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

    /** A report as the caller may read it: the caller must see the submitting unit. */
    @Transactional
    public SubmissionState get(Caller caller, UUID id, Integer versionNumber) {
        Submission submission = find(caller, id, Caller::sees);
        int number = versionNumber == null ? submission.currentVersion : versionNumber;
        if (number < 1 || number > submission.currentVersion) {
            throw new NotFoundException("submission-version", number);
        }
        return state(submission, number);
    }

    /** The reports matching the filters among those of the units the caller sees; the count is of those too. */
    public PanacheQuery<Submission> search(Caller caller, String regimeCode, String periodKey, String unitCode,
                                           SubmissionStatus status) {
        return submissions.search(regimeCode, periodKey, unitCode, status, access.visibleUnits(caller));
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
                            Map<String, Map<String, Prefill>> prefilled, Instant now, Actor by) {
        SubmissionVersion version = new SubmissionVersion();
        version.id = UUID.randomUUID();
        version.submissionId = submission.id;
        version.number = number;
        version.content = json.write(content);
        version.prefilled = json.write(prefilled);
        version.savedAt = now;
        version.savedBy = by;
        submissions.add(version);
    }

    private SubmissionState state(Submission submission, int shownVersion) {
        SubmissionVersion shown = submissions.version(submission.id, shownVersion);
        return new SubmissionState(submission, submissions.versions(submission.id), submissions.decisions(submission.id),
                shownVersion, json.content(shown.content), json.prefilled(shown.prefilled));
    }

    /**
     * The report if the caller may act on it by the rule: 403 when the rule refuses, and for an id that does not
     * exist unless the caller is province-wide (404), so that ids outside the caller's units do not leak.
     */
    private Submission find(Caller caller, UUID id, BiPredicate<Caller, List<String>> rule) {
        Optional<Submission> found = submissions.findByIdOptional(id);
        if (found.isEmpty()) {
            if (caller.provinceWide()) {
                throw new NotFoundException("submission", id);
            }
            throw new AccessDeniedException();
        }
        require(caller, found.get(), rule);
        return found.get();
    }

    private void require(Caller caller, Submission submission, BiPredicate<Caller, List<String>> rule) {
        if (!rule.test(caller, access.path(submission.unitCode))) {
            throw new AccessDeniedException();
        }
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
