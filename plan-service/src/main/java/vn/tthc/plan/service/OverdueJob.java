package vn.tthc.plan.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskOccurrence;
import vn.tthc.plan.events.OccurrenceOverdueV1;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.plan.repository.TaskRepository;

import vn.tthc.platform.telemetry.OverdueMeters;

import java.time.Clock;
import java.time.LocalDate;

/** Every day, marks open occurrences past their due date as overdue and announces each one once. */
@ApplicationScoped
public class OverdueJob {

    private static final Logger LOG = Logger.getLogger(OverdueJob.class);

    private final TaskRepository tasks;
    private final Outbox outbox;
    private final Clock clock;
    private final OverdueMeters meters;

    public OverdueJob(TaskRepository tasks, Outbox outbox, Clock clock, OverdueMeters meters) {
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
    }

    /** How many occurrences are overdue and still open ({@code tthc.overdue.open{what="task-occurrence"}}). */
    @Scheduled(every = "${tthc.overdue.metrics-interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void countOpen() {
        meters.open(WHAT, tasks.countOpenOverdueOccurrences());
    }

    static final String WHAT = "task-occurrence";

    @Scheduled(cron = "${tthc.overdue.cron:0 5 0 * * ?}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int marked = markOverdue();
        LOG.infof("Overdue job: %d occurrence(s) newly overdue", marked);
    }

    /** Marks what is overdue today; returns how many occurrences became overdue. */
    @Transactional
    public int markOverdue() {
        LocalDate today = LocalDate.now(clock);
        int marked = 0;
        for (Task task : tasks.withOpenOccurrencesDueBefore(today)) {
            for (TaskOccurrence occurrence : task.occurrences()) {
                if (occurrence.markOverdue(today)) {
                    outbox.record(OccurrenceOverdueV1.of(task, occurrence));
                    marked++;
                }
            }
        }
        meters.marked(WHAT, marked);
        return marked;
    }
}
