package vn.tthc.plan.service;

import vn.tthc.platform.web.Page;
import vn.tthc.platform.web.PageRequest;

import vn.tthc.plan.access.Access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.plan.Caller;
import vn.tthc.plan.ChangeAction;
import vn.tthc.plan.ProgressEntry;
import vn.tthc.plan.ProgressOutcome;
import vn.tthc.plan.ProgressUpdate;
import vn.tthc.platform.errors.StaleVersionException;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskQuery;
import vn.tthc.plan.UnitRef;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.plan.events.ProgressRecordedV1;
import vn.tthc.plan.events.TaskAssignedV1;
import vn.tthc.plan.events.TaskCompletedV1;
import vn.tthc.plan.events.TaskReopenedV1;
import vn.tthc.plan.repository.PlanRepository;
import vn.tthc.plan.repository.TaskRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tasks and their progress, for a {@link Caller} whose rules {@link Access} applies: each public method that
 * changes something is one transaction, records who made the change and announces it through the outbox.
 */
@ApplicationScoped
public class TaskService {

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final Access access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public TaskService(TaskRepository tasks, PlanRepository plans, Access access, AuditTrail audit, Outbox outbox,
                       Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A task the caller sees. */
    public Task task(Caller caller, UUID id) {
        return access.taskToSee(caller, id);
    }

    /** One page of the tasks the caller sees that match the query, and how many match in all. */
    public Page<Task> search(Caller caller, TaskQuery query, LocalDate today, PageRequest page) {
        TaskRepository.Result result = tasks.search(query, access.seenUnits(caller), today, page.firstResult(), page.size());
        return new Page<>(result.tasks(), page.page(), page.size(), result.total());
    }

    /** The progress history of a task the caller sees, oldest first. */
    public List<ProgressEntry> progress(Caller caller, UUID id) {
        access.taskToSee(caller, id);
        return plans.progressOf(id);
    }

    /**
     * Records progress and returns the task as it now is (its collections are loaded eagerly), so that the answer
     * needs no second read and access check.
     */
    @Transactional
    public Task recordProgress(Caller caller, UUID taskId, UUID occurrenceId, Long expectedVersion,
                               ProgressUpdate update) {
        Task task = access.taskToRecordProgress(caller, taskId);
        StaleVersionException.check(taskId, expectedVersion, task.version());
        ProgressOutcome outcome = task.recordProgress(occurrenceId, update, caller.actor(), LocalDate.now(clock), clock.instant());
        tasks.getEntityManager().persist(outcome.entry());
        tasks.flush();
        audit.task(ChangeAction.PROGRESS_RECORDED, task, progressDetail(task, outcome.entry()), caller.actor());
        outbox.record(ProgressRecordedV1.of(task, outcome.entry()));
        outcome.completion().ifPresent(completion -> outbox.record(TaskCompletedV1.of(completion)));
        return task;
    }

    @Transactional
    public Task reopen(Caller caller, UUID taskId, UUID occurrenceId, Long expectedVersion) {
        Task task = access.taskToManage(caller, taskId);
        StaleVersionException.check(taskId, expectedVersion, task.version());
        task.reopen(occurrenceId);
        tasks.flush();
        audit.task(ChangeAction.TASK_REOPENED, task, occurrenceId == null ? null : task.occurrence(occurrenceId).label(),
                caller.actor());
        outbox.record(TaskReopenedV1.of(task, occurrenceId));
        return task;
    }

    @Transactional
    public Task linkRegime(Caller caller, UUID taskId, Long expectedVersion, String regimeCode) {
        Task task = access.taskToManage(caller, taskId);
        StaleVersionException.check(taskId, expectedVersion, task.version());
        task.linkRegime(regimeCode);
        tasks.flush();
        audit.task(ChangeAction.TASK_REGIME_LINKED, task, task.regimeCode(), caller.actor());
        return task;
    }

    @Transactional
    public Task assign(Caller caller, UUID taskId, Long expectedVersion, List<UnitRef> lead, List<UnitRef> cooperating) {
        Task task = access.taskToManage(caller, taskId);
        StaleVersionException.check(taskId, expectedVersion, task.version());
        task.assign(lead, cooperating);
        tasks.flush();
        audit.task(ChangeAction.TASK_ASSIGNED, task, units(task.leadUnits())
                + (task.cooperatingUnits().isEmpty() ? "" : "; " + units(task.cooperatingUnits())), caller.actor());
        outbox.record(TaskAssignedV1.of(task));
        return task;
    }

    /** "DONE Quý I/2025": the status recorded and the occurrence it was recorded on. */
    public static String progressDetail(Task task, ProgressEntry entry) {
        return entry.occurrenceId() == null ? entry.status().name()
                : entry.status().name() + " " + task.occurrence(entry.occurrenceId()).label();
    }

    private static String units(List<UnitRef> units) {
        return units.stream().map(u -> u.code() != null ? u.code() : u.text()).collect(Collectors.joining(", "));
    }
}
