package vn.tthc.feedback.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.tthc.feedback.Moment;
import vn.tthc.feedback.Step;
import vn.tthc.feedback.config.OverdueConfig;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.feedback.events.StepOverdueV1;
import vn.tthc.feedback.repository.StepRepository;

import vn.tthc.platform.telemetry.OverdueMeters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Steps coming due, and the job that marks steps overdue and announces each once. */
@ApplicationScoped
public class DeadlineService {

    private static final Logger LOG = Logger.getLogger(DeadlineService.class);
    private static final int BATCH = 500;

    private final StepRepository steps;
    private final CalendarService calendar;
    private final Outbox outbox;
    private final Clock clock;
    private final OverdueMeters meters;

    public DeadlineService(StepRepository steps, CalendarService calendar, Outbox outbox, Clock clock,
                           OverdueConfig config, OverdueMeters meters) {
        LOG.debugf("Overdue job runs every %s", config.every());
        this.steps = steps;
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
    }

    static final String WHAT = "feedback-step";

    /** How many steps are overdue and still open ({@code tthc.overdue.open{what="feedback-step"}}). */
    @Scheduled(every = "${tthc.overdue.metrics-interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void countOpen() {
        meters.open(WHAT, steps.count("endedOn is null and overdueSince is not null"));
    }

    /** The window of "due in the next N working days" as of today: today to the N-th working day after it. */
    public record Window(LocalDate from, LocalDate to) {
    }

    public Window window(int workingDays) {
        LocalDate today = Moment.now(clock).today();
        return new Window(today, calendar.workingDays().addWorkingDays(today, workingDays));
    }

    /** Open steps of the units due within the window. */
    public PanacheQuery<Step> dueWithin(List<String> unitCodes, Window window) {
        return steps.openDueBetween(unitCodes, window.from(), window.to());
    }

    @Scheduled(every = "${tthc.overdue.every:1h}", delayed = "${tthc.overdue.delayed:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int marked = markOverdue();
        if (marked > 0) {
            LOG.infof("Marked %d step(s) overdue", marked);
        }
    }

    /** Marks every open step past its due date overdue and records one event per step; returns how many. */
    @Transactional
    public int markOverdue() {
        LocalDate today = Moment.now(clock).today();
        int marked = 0;
        List<Step> batch;
        do {
            batch = steps.newlyOverdue(today, BATCH);
            for (Step step : batch) {
                if (step.markOverdue(today)) {
                    outbox.record(StepOverdueV1.of(step));
                    marked++;
                }
            }
            steps.flush();
        } while (batch.size() == BATCH);
        meters.marked(WHAT, marked);
        return marked;
    }
}
