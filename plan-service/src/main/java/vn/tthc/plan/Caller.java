package vn.tthc.plan;

import vn.tthc.platform.security.CallerCore;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who sends a request, as the bearer token says: the subject (the token's {@code sub}), a readable name
 * ({@code preferred_username}), the unit they act for (the claim {@code unit}; none for machine clients) and
 * their realm roles. The access rules of SECURITY.md live here, so unit tests reach them without HTTP.
 *
 * <p>Units are given by their path from the root of the organisation tree (root first, the unit last); an
 * empty path is "no unit", e.g. a plan whose issuing unit is not set, which only province-wide callers see
 * and only administrators change.
 */
public record Caller(String subject, String name, String unit, Set<String> roles) implements CallerCore {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** plan-service acting on its own (demo data at start-up): administrator's rights, recorded under its name. */
    public static Caller system(String name) {
        return new Caller(name, name, null, Set.of(ADMINISTRATOR));
    }

    /** What is recorded as the author of a change the caller makes. */
    public Actor actor() {
        return new Actor(subject, name, unit);
    }

    /**
     * The units whose data the caller sees: the province for administrators and integration; their unit and
     * every unit below it for planners, leaders and auditors; their own unit alone for unit officers; none for
     * a staff member without a unit. Several roles see what the widest of them sees.
     */
    public UnitScope sight() {
        if (provinceWide()) {
            return UnitScope.PROVINCE;
        }
        if (unit == null) {
            return UnitScope.NONE;
        }
        if (has(PLANNER) || has(LEADER) || has(AUDITOR)) {
            return UnitScope.subtree(unit);
        }
        return has(UNIT_OFFICER) ? UnitScope.only(unit) : UnitScope.NONE;
    }

    /** The units the caller plans for: the province for administrators, their unit's subtree for planners. */
    public UnitScope planning() {
        if (has(ADMINISTRATOR)) {
            return UnitScope.PROVINCE;
        }
        return has(PLANNER) && unit != null ? UnitScope.subtree(unit) : UnitScope.NONE;
    }

    /** Whether the caller may see data of the unit on the path. */
    public boolean sees(List<String> unitPath) {
        return sight().covers(unitPath);
    }

    /** Whether the caller manages (plans for) the unit on the path: administrators, and planners at or above it. */
    public boolean plansFor(List<String> unitPath) {
        return planning().covers(unitPath);
    }

    /** Whether the caller is a unit officer of exactly the unit on the path. */
    public boolean officerOf(List<String> unitPath) {
        return has(UNIT_OFFICER) && unit != null && UnitScope.only(unit).covers(unitPath);
    }

    /** Whether the caller acts for the unit on the path: its own unit officers, and whoever plans for it. */
    public boolean actsFor(List<String> unitPath) {
        return plansFor(unitPath) || officerOf(unitPath);
    }

    /** A plan is seen by whoever sees its issuing unit. */
    public boolean seesPlan(List<String> issuingUnitPath) {
        return sees(issuingUnitPath);
    }

    /** A task is seen with its plan, and by whoever sees one of its lead or cooperating units. */
    public boolean seesTask(List<String> issuingUnitPath, Collection<List<String>> taskUnitPaths) {
        return seesPlan(issuingUnitPath) || taskUnitPaths.stream().anyMatch(this::sees);
    }

    /**
     * Plans are drafted, issued, amended, closed and filled with sections and tasks by administrators, and by
     * planners for plans their unit (or a unit below it) issues. The same rule says for which issuing unit a
     * planner may create or import a plan.
     */
    public boolean editsPlan(List<String> issuingUnitPath) {
        return plansFor(issuingUnitPath);
    }

    /**
     * Progress is recorded by whoever edits the task's plan, by planners above one of its lead units, and by
     * the unit officers of a lead unit; a cooperating unit does not record progress.
     */
    public boolean recordsProgress(List<String> issuingUnitPath, Collection<List<String>> leadUnitPaths) {
        return editsPlan(issuingUnitPath) || leadUnitPaths.stream().anyMatch(this::actsFor);
    }

    /** A task is reopened, reassigned and linked to a report regime by whoever edits its plan. */
    public boolean managesTask(List<String> issuingUnitPath) {
        return editsPlan(issuingUnitPath);
    }

    /**
     * An uploaded plan document (its preview and its confirmation) belongs to who uploaded it: administrators,
     * the uploader, and planners who plan for the uploader's unit handle it. An upload recorded without an
     * uploader is the administrators' alone.
     */
    public boolean handlesUpload(Actor uploader, List<String> uploaderUnitPath) {
        if (has(ADMINISTRATOR)) {
            return true;
        }
        return has(PLANNER) && uploader != null
                && (subject != null && subject.equals(uploader.subject()) || uploader.unit() != null && plansFor(uploaderUnitPath));
    }
}
