package vn.tthc.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.plan.Plan;
import vn.tthc.plan.PlanAmendment;
import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanSection;
import vn.tthc.plan.StaleVersionException;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskSpec;
import vn.tthc.plan.events.Outbox;
import vn.tthc.plan.events.PlanIssuedV1;
import vn.tthc.plan.events.TaskCreatedV1;
import vn.tthc.plan.repository.PlanRepository;
import vn.tthc.plan.repository.TaskRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Use cases on plans and their appendix; each public method is one transaction. */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final Outbox outbox;
    private final TaskSpecFactory specs;
    private final Clock clock;

    public PlanService(PlanRepository plans, TaskRepository tasks, Outbox outbox, TaskSpecFactory specs, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.outbox = outbox;
        this.specs = specs;
        this.clock = clock;
    }

    @Transactional
    public Plan createPlan(PlanDetails details) {
        Plan plan = new Plan(details, clock.instant());
        plans.persist(plan);
        return plan;
    }

    /** Edits a draft, or amends an issued plan with a reason. */
    @Transactional
    public Plan updatePlan(UUID id, Long expectedVersion, PlanDetails details, String amendmentReason, String actor) {
        Plan plan = plans.require(id);
        StaleVersionException.check(id, expectedVersion, plan.version());
        PlanAmendment amendment = plan.amend(details, amendmentReason, actor, clock.instant());
        if (amendment != null) {
            plans.getEntityManager().persist(amendment);
        }
        plans.flush();
        return plan;
    }

    @Transactional
    public Plan issuePlan(UUID id, Long expectedVersion, String number, LocalDate signedOn) {
        Plan plan = plans.require(id);
        StaleVersionException.check(id, expectedVersion, plan.version());
        plan.issue(number, signedOn, clock.instant());
        plans.flush();
        outbox.record(PlanIssuedV1.of(plan));
        return plan;
    }

    @Transactional
    public Plan closePlan(UUID id, Long expectedVersion) {
        Plan plan = plans.require(id);
        StaleVersionException.check(id, expectedVersion, plan.version());
        plan.close(clock.instant());
        plans.flush();
        return plan;
    }

    @Transactional
    public PlanSection addSection(UUID planId, String label, String title) {
        Plan plan = requireEditable(planId);
        PlanSection section = new PlanSection(plan.id(), (int) tasks.countSections(planId), label, title);
        plans.getEntityManager().persist(section);
        return section;
    }

    /** Adds a task to a draft plan (under a section or another task when named). */
    @Transactional
    public Task addTask(UUID planId, UUID sectionId, UUID parentTaskId, TaskInput input) {
        Plan plan = requireEditable(planId);
        TaskSpec spec = specs.build(plan, input);
        if (sectionId != null) {
            tasks.requireSection(planId, sectionId);
        }
        if (parentTaskId != null && !tasks.require(parentTaskId).planId().equals(planId)) {
            throw new vn.tthc.plan.NotFoundException("task", parentTaskId);
        }
        Task task = new Task(plan.id(), sectionId, parentTaskId, (int) tasks.countInPlan(planId), spec, plan.period());
        tasks.persist(task);
        outbox.record(TaskCreatedV1.of(task));
        return task;
    }

    private Plan requireEditable(UUID planId) {
        Plan plan = plans.require(planId);
        if (!plan.isDraft()) {
            throw new vn.tthc.plan.ConflictException("plan.amendment-required", planId);
        }
        return plan;
    }
}
