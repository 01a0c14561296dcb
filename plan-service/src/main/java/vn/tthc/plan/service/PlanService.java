package vn.tthc.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.plan.InvalidFieldException;
import vn.tthc.plan.Plan;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskCompletion;
import vn.tthc.plan.events.Outbox;
import vn.tthc.plan.events.TaskCompletedV1;
import vn.tthc.plan.repository.PlanRepository;
import vn.tthc.plan.repository.TaskRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Use cases on plans and their tasks; each public method is one transaction. */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final Outbox outbox;
    private final Clock clock;

    public PlanService(PlanRepository plans, TaskRepository tasks, Outbox outbox, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Plan createPlan(String number, String title) {
        Plan plan = new Plan(number, title, clock.instant());
        plans.persist(plan);
        return plan;
    }

    @Transactional
    public Task addTask(UUID planId, String label, String content, String leadUnitCode, LocalDate dueDate) {
        Plan plan = plans.require(planId);
        Task task = new Task(plan.id(), label, content, leadUnitCode, dueDate);
        tasks.persist(task);
        return task;
    }

    /** Marks the task done (today when no date is given) and announces it through the outbox. */
    @Transactional
    public Task completeTask(UUID taskId, LocalDate completedOn) {
        Task task = tasks.require(taskId);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = completedOn == null ? today : completedOn;
        if (date.isAfter(today)) {
            throw new InvalidFieldException("completedOn", "completion.in-future");
        }
        TaskCompletion completion = task.complete(date);
        outbox.record(TaskCompletedV1.of(completion));
        return task;
    }
}
