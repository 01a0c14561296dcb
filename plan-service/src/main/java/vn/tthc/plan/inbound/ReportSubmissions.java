package vn.tthc.plan.inbound;

import vn.tthc.plan.service.AuditTrail;
import vn.tthc.plan.service.TaskService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.plan.Actor;
import vn.tthc.plan.ChangeAction;
import vn.tthc.plan.Evidence;
import vn.tthc.plan.ProgressOutcome;
import vn.tthc.plan.ProgressUpdate;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskOccurrence;
import vn.tthc.plan.TaskStatus;
import vn.tthc.platform.time.ClockProducer;
import vn.tthc.platform.events.inbound.EventJson;
import vn.tthc.platform.events.inbound.IncomingEvent;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.plan.events.ProgressRecordedV1;
import vn.tthc.plan.events.TaskCompletedV1;
import vn.tthc.platform.events.inbound.ProcessedEvents;
import vn.tthc.plan.repository.TaskRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The flow back from reporting: when a unit submits its report for a period, the tasks it leads that are
 * linked to the report's regime get that period's occurrence marked done, with the report as evidence.
 * Applied exactly once per event (its id is recorded in the same transaction). The progress is recorded as by
 * reporting-service for the submitting unit (the event names no person).
 */
@ApplicationScoped
public class ReportSubmissions {

    static final String REPORTING_SERVICE = "reporting-service";

    private final ProcessedEvents processed;
    private final TaskRepository tasks;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final EventJson json;
    private final Clock clock;

    public ReportSubmissions(ProcessedEvents processed, TaskRepository tasks, AuditTrail audit, Outbox outbox,
                             EventJson json, Clock clock) {
        this.processed = processed;
        this.tasks = tasks;
        this.audit = audit;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** @return how many occurrences the event completed (0 for a duplicate or an event this service ignores) */
    @Transactional
    public int apply(IncomingEvent event) {
        if (!ReportSubmitted.TYPE.equals(event.type()) || !processed.markProcessed(event)) {
            return 0;
        }
        ReportSubmitted report = json.read(event.data(), ReportSubmitted.class, "event " + event.id() + " (" + event.type() + ")");
        report.requireComplete();
        LocalDate submittedOn = report.submittedAt().atZone(ClockProducer.VIETNAM).toLocalDate();
        Actor reporter = Actor.system(REPORTING_SERVICE, report.unitCode());
        int completed = 0;
        for (Task task : tasks.linkedToRegime(report.regimeCode(), report.unitCode())) {
            Optional<TaskOccurrence> occurrence = task.occurrenceForReport(report.periodStart(), report.lastAllowedDay());
            if (occurrence.isEmpty()) {
                continue;
            }
            Evidence evidence = new Evidence("v" + report.version(), submittedOn,
                    "Báo cáo " + (report.periodLabel() == null ? report.periodKey() : report.periodLabel()),
                    "/submissions/" + report.submissionId());
            ProgressOutcome outcome = task.recordProgress(occurrence.get().id(), new ProgressUpdate(TaskStatus.DONE,
                    "Đã gửi báo cáo kỳ " + report.periodKey(), evidence, submittedOn, report.periodKey()), reporter,
                    LocalDate.now(clock).isBefore(submittedOn) ? submittedOn : LocalDate.now(clock), clock.instant());
            tasks.getEntityManager().persist(outcome.entry());
            audit.task(ChangeAction.PROGRESS_RECORDED, task, TaskService.progressDetail(task, outcome.entry()), reporter);
            outbox.record(ProgressRecordedV1.of(task, outcome.entry()));
            outcome.completion().ifPresent(completion -> outbox.record(TaskCompletedV1.of(completion)));
            completed++;
        }
        return completed;
    }
}
