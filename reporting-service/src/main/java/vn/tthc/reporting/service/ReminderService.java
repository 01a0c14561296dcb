package vn.tthc.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.tthc.reporting.ExpectedUnit;
import vn.tthc.reporting.Regime;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.config.RemindersConfig;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.reporting.events.SubmissionDueSoonV1;
import vn.tthc.reporting.events.SubmissionOverdueV1;
import vn.tthc.reporting.period.ReminderRule;
import vn.tthc.reporting.period.ReportingPeriod;
import vn.tthc.reporting.period.ScheduledPeriod;
import vn.tthc.platform.calendar.WorkingDays;
import vn.tthc.reporting.regime.RegimeDefinition;
import vn.tthc.platform.calendar.CalendarReplica;
import vn.tthc.reporting.repository.Regimes;
import vn.tthc.reporting.repository.RemindersSent;
import vn.tthc.reporting.repository.Submissions;

import vn.tthc.platform.telemetry.OverdueMeters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reminds units of the reports they owe: for every open period of every regime, each expected unit that
 * has not submitted gets one "due soon" event when few working days are left and one "overdue" event after
 * the deadline. What was sent is recorded with the event, in one transaction per period, so a reminder is
 * sent once even when the job runs again or on several replicas.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    private final Regimes regimes;
    private final PeriodService periods;
    private final Submissions submissions;
    private final RemindersSent sent;
    private final CalendarReplica calendars;
    private final Outbox outbox;
    private final RemindersConfig config;
    private final Clock clock;
    private final OverdueMeters meters;

    public ReminderService(Regimes regimes, PeriodService periods, Submissions submissions, RemindersSent sent,
                           CalendarReplica calendars, Outbox outbox, RemindersConfig config, Clock clock, OverdueMeters meters) {
        this.meters = meters;
        this.regimes = regimes;
        this.periods = periods;
        this.submissions = submissions;
        this.sent = sent;
        this.calendars = calendars;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${tthc.reminders.every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int count = run();
        if (count > 0) {
            LOG.infof("Sent %d report reminders", count);
        }
    }

    /** One round over every regime; returns how many reminders were sent. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        ReminderRule rule = new ReminderRule(config.dueSoonWorkingDays());
        WorkingDays calendar = QuarkusTransaction.requiringNew().call(calendars::calendar);
        List<String> codes = QuarkusTransaction.requiringNew().call(() -> regimes.findAll().list().stream().map(r -> r.code).toList());
        int count = 0;
        for (String code : codes) {
            try {
                count += QuarkusTransaction.requiringNew().call(() -> remind(code, today, rule, calendar));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Reminders for regime %s failed; the next round tries again", code);
            }
        }
        return count;
    }

    private int remind(String regimeCode, LocalDate today, ReminderRule rule, WorkingDays calendar) {
        Optional<Regime> stored = regimes.findByIdOptional(regimeCode);
        if (stored.isEmpty()) {
            return 0;
        }
        RegimeDefinition regime = stored.get().read();
        List<ExpectedUnit> expected = null;
        int count = 0;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            for (ScheduledPeriod scheduled : periods.periods(regime, year, null)) {
                if (!scheduled.isOpenOn(today)
                        || scheduled.lastAllowedDay().isBefore(today.minusDays(config.overdueLookbackDays()))) {
                    continue;
                }
                Optional<ReminderRule.Kind> kind = rule.due(today, scheduled.lastAllowedDay(), calendar);
                if (kind.isEmpty()) {
                    continue;
                }
                if (expected == null) {
                    expected = periods.expectedUnits(regime);
                }
                count += remind(regime, scheduled, kind.get(), expected, today, calendar);
            }
        }
        return count;
    }

    private int remind(RegimeDefinition regime, ScheduledPeriod scheduled, ReminderRule.Kind kind, List<ExpectedUnit> expected,
                       LocalDate today, WorkingDays calendar) {
        ReportingPeriod period = scheduled.period();
        Map<String, Submission> byUnit = submissions.ofPeriod(regime.code(), period.key()).stream()
                .collect(Collectors.toMap(s -> s.unitCode, Function.identity()));
        int count = 0;
        for (ExpectedUnit unit : expected) {
            Submission submission = byUnit.get(unit.code());
            if (submission != null && submission.firstSubmittedAt != null) {
                continue;
            }
            if (!sent.markSent(regime.code(), period.key(), unit.code(), kind.name(), clock.instant())) {
                continue;
            }
            outbox.record(kind == ReminderRule.Kind.DUE_SOON
                    ? new SubmissionDueSoonV1(regime.code(), period.key(), period.type(), period.label(), period.start(),
                    period.end(), unit.code(), regime.receivingUnitCode(), scheduled.lastAllowedDay(),
                    ReminderRule.workingDaysLeft(today, scheduled.lastAllowedDay(), calendar),
                    submission == null ? null : submission.id)
                    : new SubmissionOverdueV1(regime.code(), period.key(), period.type(), period.label(), period.start(),
                    period.end(), unit.code(), regime.receivingUnitCode(), scheduled.lastAllowedDay(),
                    ReminderRule.daysOverdue(today, scheduled.lastAllowedDay()), submission == null ? null : submission.id));
            if (kind != ReminderRule.Kind.DUE_SOON) {
                meters.marked("expected-report", 1);
            }
            count++;
        }
        return count;
    }
}
