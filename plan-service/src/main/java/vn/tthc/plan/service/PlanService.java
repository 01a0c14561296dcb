package vn.tthc.plan.service;

import vn.tthc.platform.calendar.CalendarReplica;

import vn.tthc.plan.PlanContents;

import vn.tthc.plan.access.Access;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.platform.errors.AccessDeniedException;
import vn.tthc.plan.Caller;
import vn.tthc.plan.ChangeAction;
import vn.tthc.plan.ChangeRecord;
import vn.tthc.plan.Plan;
import vn.tthc.plan.PlanAmendment;
import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanKind;
import vn.tthc.plan.PlanSection;
import vn.tthc.plan.PlanStatus;
import vn.tthc.platform.errors.StaleVersionException;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskSpec;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.plan.events.PlanIssuedV1;
import vn.tthc.plan.events.TaskCreatedV1;
import vn.tthc.plan.repository.PlanRepository;
import vn.tthc.plan.repository.TaskRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Use cases on plans and their appendix, for a {@link Caller} whose rules {@link Access} applies; each public
 * method that changes something is one transaction and records who made the change.
 */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final Access access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final TaskSpecFactory specs;
    private final CalendarReplica calendars;
    private final Clock clock;

    public PlanService(PlanRepository plans, TaskRepository tasks, Access access, AuditTrail audit, Outbox outbox,
                       TaskSpecFactory specs, CalendarReplica calendars, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.specs = specs;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A plan the caller sees. */
    public Plan plan(Caller caller, UUID id) {
        return access.planToSee(caller, id);
    }

    /** The plans the caller sees that match the filters, newest first. */
    public PanacheQuery<Plan> search(Caller caller, PlanStatus status, PlanKind kind, String issuingUnitCode) {
        return plans.search(status, kind, issuingUnitCode, access.seenUnits(caller));
    }

    /** The sections and tasks of a plan the caller sees, in appendix order. */
    public PlanContents appendix(Caller caller, UUID id) {
        Plan plan = access.planToSee(caller, id);
        return new PlanContents(plan, tasks.sectionsOf(id), tasks.ofPlan(id), java.util.Map.of());
    }

    /** The appendix of a plan the caller sees with every task's progress, for an export. */
    public PlanContents withProgress(Caller caller, UUID id) {
        Plan plan = access.planToSee(caller, id);
        return new PlanContents(plan, tasks.sectionsOf(id), tasks.ofPlan(id), plans.progressOfPlan(id));
    }

    public List<PlanAmendment> amendments(Caller caller, UUID id) {
        access.planToSee(caller, id);
        return plans.amendmentsOf(id);
    }

    /** Every recorded change to the plan and its tasks, oldest first. */
    public List<ChangeRecord> history(Caller caller, UUID id) {
        access.planToSee(caller, id);
        return plans.historyOf(id);
    }

    /**
     * The plan's tasks the caller sees, in appendix order: all of them with the plan, otherwise those whose lead
     * or cooperating unit the caller sees. Refused when the caller sees neither the plan nor any of its tasks.
     */
    public List<Task> tasks(Caller caller, UUID id) {
        try {
            access.planToSee(caller, id);
            return tasks.ofPlan(id);
        } catch (AccessDeniedException notThePlan) {
            List<Task> seen = tasks.ofPlan(id, access.seenUnits(caller));
            if (seen.isEmpty()) {
                throw notThePlan;
            }
            return seen;
        }
    }

    @Transactional
    public Plan createPlan(Caller caller, PlanDetails details) {
        access.requireIssuer(caller, details.issuingUnitCode());
        Plan plan = new Plan(details, caller.actor(), clock.instant());
        plans.persist(plan);
        audit.plan(ChangeAction.PLAN_CREATED, plan.id(), plan.title(), caller.actor());
        return plan;
    }

    /** Edits a draft, or amends an issued plan with a reason. */
    @Transactional
    public Plan updatePlan(Caller caller, UUID id, Long expectedVersion, PlanDetails details, String amendmentReason) {
        Plan plan = access.planToEdit(caller, id);
        StaleVersionException.check(id, expectedVersion, plan.version());
        access.requireIssuer(caller, details.issuingUnitCode());
        PlanAmendment amendment = plan.amend(details, amendmentReason, caller.actor(), clock.instant());
        if (amendment != null) {
            plans.getEntityManager().persist(amendment);
            audit.plan(ChangeAction.PLAN_AMENDED, id, amendment.reason(), caller.actor());
        } else {
            audit.plan(ChangeAction.PLAN_EDITED, id, plan.title(), caller.actor());
        }
        plans.flush();
        return plan;
    }

    @Transactional
    public Plan issuePlan(Caller caller, UUID id, Long expectedVersion, String number, LocalDate signedOn) {
        Plan plan = access.planToEdit(caller, id);
        StaleVersionException.check(id, expectedVersion, plan.version());
        plan.issue(number, signedOn, caller.actor(), clock.instant());
        plans.flush();
        audit.plan(ChangeAction.PLAN_ISSUED, id, plan.number(), caller.actor());
        outbox.record(PlanIssuedV1.of(plan));
        return plan;
    }

    @Transactional
    public Plan closePlan(Caller caller, UUID id, Long expectedVersion) {
        Plan plan = access.planToEdit(caller, id);
        StaleVersionException.check(id, expectedVersion, plan.version());
        plan.close(caller.actor(), clock.instant());
        plans.flush();
        audit.plan(ChangeAction.PLAN_CLOSED, id, null, caller.actor());
        return plan;
    }

    @Transactional
    public PlanSection addSection(Caller caller, UUID planId, String label, String title) {
        Plan plan = requireEditable(caller, planId);
        PlanSection section = new PlanSection(plan.id(), (int) tasks.countSections(planId), label, title);
        plans.getEntityManager().persist(section);
        audit.plan(ChangeAction.SECTION_ADDED, planId, label == null ? title : label + ". " + title, caller.actor());
        return section;
    }

    /** Adds a task to a draft plan (under a section or another task when named). */
    @Transactional
    public Task addTask(Caller caller, UUID planId, UUID sectionId, UUID parentTaskId, TaskInput input) {
        Plan plan = requireEditable(caller, planId);
        TaskSpec spec = specs.build(plan, input);
        if (sectionId != null) {
            tasks.requireSection(planId, sectionId);
        }
        if (parentTaskId != null && !tasks.require(parentTaskId).planId().equals(planId)) {
            throw new vn.tthc.platform.errors.NotFoundException("task", parentTaskId);
        }
        Task task = new Task(plan.id(), sectionId, parentTaskId, (int) tasks.countInPlan(planId), spec, plan.period());
        task.applyCalendar(calendars.calendar());
        tasks.persist(task);
        audit.task(ChangeAction.TASK_ADDED, task, task.label() == null ? task.content() : task.label() + ". " + task.content(),
                caller.actor());
        outbox.record(TaskCreatedV1.of(task));
        return task;
    }

    private Plan requireEditable(Caller caller, UUID planId) {
        Plan plan = access.planToEdit(caller, planId);
        if (!plan.isDraft()) {
            throw new vn.tthc.platform.errors.ConflictException("plan.amendment-required", planId);
        }
        return plan;
    }
}
