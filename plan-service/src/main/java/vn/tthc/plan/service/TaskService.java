package vn.tthc.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.plan.ProgressOutcome;
import vn.tthc.plan.ProgressUpdate;
import vn.tthc.plan.StaleVersionException;
import vn.tthc.plan.Task;
import vn.tthc.plan.UnitRef;
import vn.tthc.plan.events.Outbox;
import vn.tthc.plan.events.ProgressRecordedV1;
import vn.tthc.plan.events.TaskAssignedV1;
import vn.tthc.plan.events.TaskCompletedV1;
import vn.tthc.plan.events.TaskReopenedV1;
import vn.tthc.plan.repository.TaskRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Progress on tasks: each public method is one transaction and announces what changed through the outbox. */
@ApplicationScoped
public class TaskService {

    private final TaskRepository tasks;
    private final Outbox outbox;
    private final Clock clock;

    public TaskService(TaskRepository tasks, Outbox outbox, Clock clock) {
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ProgressOutcome recordProgress(UUID taskId, UUID occurrenceId, Long expectedVersion, ProgressUpdate update) {
        Task task = tasks.require(taskId);
        StaleVersionException.check(taskId, expectedVersion, task.version());
        ProgressOutcome outcome = task.recordProgress(occurrenceId, update, LocalDate.now(clock), clock.instant());
        tasks.getEntityManager().persist(outcome.entry());
        tasks.flush();
        outbox.record(ProgressRecordedV1.of(task, outcome.entry()));
        outcome.completion().ifPresent(completion -> outbox.record(TaskCompletedV1.of(completion)));
        return outcome;
    }

    @Transactional
    public Task reopen(UUID taskId, UUID occurrenceId, Long expectedVersion) {
        Task task = tasks.require(taskId);
        StaleVersionException.check(taskId, expectedVersion, task.version());
        task.reopen(occurrenceId);
        tasks.flush();
        outbox.record(TaskReopenedV1.of(task, occurrenceId));
        return task;
    }

    @Transactional
    public Task linkRegime(UUID taskId, Long expectedVersion, String regimeCode) {
        Task task = tasks.require(taskId);
        StaleVersionException.check(taskId, expectedVersion, task.version());
        task.linkRegime(regimeCode);
        tasks.flush();
        return task;
    }

    @Transactional
    public Task assign(UUID taskId, Long expectedVersion, List<UnitRef> lead, List<UnitRef> cooperating) {
        Task task = tasks.require(taskId);
        StaleVersionException.check(taskId, expectedVersion, task.version());
        task.assign(lead, cooperating);
        tasks.flush();
        outbox.record(TaskAssignedV1.of(task));
        return task;
    }
}
