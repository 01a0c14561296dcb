package vn.tthc.plan.access;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.platform.errors.AccessDeniedException;
import vn.tthc.plan.Caller;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.plan.Plan;
import vn.tthc.plan.Task;
import vn.tthc.plan.UnitRef;
import vn.tthc.plan.UnitScope;
import vn.tthc.plan.UnitSet;
import vn.tthc.plan.imports.PlanImport;
import vn.tthc.plan.repository.PlanRepository;
import vn.tthc.plan.repository.TaskRepository;
import vn.tthc.plan.repository.UnitRepository;

import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Applies the {@link Caller}'s rules to what a request names: loads the plan, task or upload the caller may
 * see or act on, or refuses. A caller who is not province-wide gets the same refusal
 * ({@link AccessDeniedException}, 403) for an id that does not exist as for another unit's, so answers never
 * tell whether an id exists outside the caller's units; province-wide callers get 404 for what does not exist.
 */
@ApplicationScoped
public class Access {

    private final UnitRepository units;
    private final PlanRepository plans;
    private final TaskRepository tasks;

    public Access(UnitRepository units, PlanRepository plans, TaskRepository tasks) {
        this.units = units;
        this.plans = plans;
        this.tasks = tasks;
    }

    /** The units whose data the caller sees, spelled out as codes for filtering lists. */
    public UnitSet seenUnits(Caller caller) {
        UnitScope sight = caller.sight();
        return switch (sight.kind()) {
            case PROVINCE -> UnitSet.EVERY_UNIT;
            case NONE -> UnitSet.of(List.of());
            case UNIT -> UnitSet.of(List.of(sight.unit()));
            case SUBTREE -> UnitSet.of(units.subtreeCodes(sight.unit()));
        };
    }

    public Plan planToSee(Caller caller, UUID id) {
        return plan(caller, id, Caller::seesPlan);
    }

    public Plan planToEdit(Caller caller, UUID id) {
        return plan(caller, id, Caller::editsPlan);
    }

    /**
     * Refuses plan details the caller may not give: an issuing unit outside the units they plan for (403), or,
     * for anyone but an administrator, none at all (400: the plan would be theirs to see no more).
     */
    public void requireIssuer(Caller caller, String issuingUnitCode) {
        if (issuingUnitCode == null && !caller.editsPlan(List.of())) {
            throw new InvalidFieldException("issuingUnitCode", "plan.issuing-unit-required");
        }
        if (!caller.editsPlan(units.pathOf(issuingUnitCode))) {
            throw new AccessDeniedException();
        }
    }

    public Task taskToSee(Caller caller, UUID id) {
        Task task = task(caller, id);
        if (!caller.seesTask(issuerPath(task), unitPaths(task.leadUnits(), task.cooperatingUnits()))) {
            throw new AccessDeniedException();
        }
        return task;
    }

    public Task taskToRecordProgress(Caller caller, UUID id) {
        Task task = task(caller, id);
        if (!caller.recordsProgress(issuerPath(task), unitPaths(task.leadUnits(), List.of()))) {
            throw new AccessDeniedException();
        }
        return task;
    }

    public Task taskToManage(Caller caller, UUID id) {
        Task task = task(caller, id);
        if (!caller.managesTask(issuerPath(task))) {
            throw new AccessDeniedException();
        }
        return task;
    }

    public PlanImport upload(Caller caller, UUID id) {
        PlanImport upload = plans.getEntityManager().find(PlanImport.class, id);
        if (upload == null) {
            throw missing(caller, "import", id);
        }
        if (!caller.handlesUpload(upload.uploadedBy(), units.pathOf(upload.uploadedBy() == null ? null : upload.uploadedBy().unit()))) {
            throw new AccessDeniedException();
        }
        return upload;
    }

    private Plan plan(Caller caller, UUID id, BiPredicate<Caller, List<String>> rule) {
        Plan plan = plans.findById(id);
        if (plan == null) {
            throw missing(caller, "plan", id);
        }
        if (!rule.test(caller, units.pathOf(plan.issuingUnitCode()))) {
            throw new AccessDeniedException();
        }
        return plan;
    }

    private Task task(Caller caller, UUID id) {
        Task task = tasks.findById(id);
        if (task == null) {
            throw missing(caller, "task", id);
        }
        return task;
    }

    private List<String> issuerPath(Task task) {
        // The issuing unit alone, not the plan entity: loading the plan (its JSON columns, its eager collections)
        // and checking it for changes at every flush was a fifth of a task completion's CPU (issue 16's profile).
        return units.pathOf(plans.issuingUnitCode(task.planId()));
    }

    private List<List<String>> unitPaths(List<UnitRef> lead, List<UnitRef> cooperating) {
        return Stream.concat(lead.stream(), cooperating.stream()).filter(UnitRef::isMatched)
                .map(UnitRef::code).distinct().map(units::pathOf).toList();
    }

    private static RuntimeException missing(Caller caller, String entity, Object id) {
        return caller.provinceWide() ? new NotFoundException(entity, id) : new AccessDeniedException();
    }
}
