package vn.tthc.reporting;

import vn.tthc.platform.security.CallerCore;

import java.util.List;
import java.util.Set;

/**
 * Who sends a request, as the bearer token says: the subject (the token's {@code sub}), a readable name
 * ({@code preferred_username}), the unit they act for (the claim {@code unit}; none for machine clients) and
 * their realm roles. The access rules of SECURITY.md ("reporting-service") live here, so unit tests reach them
 * without HTTP. A unit path is the unit's chain in the organisation tree, root first and the unit itself last.
 */
public record Caller(String subject, String name, String unit, Set<String> roles) implements CallerCore {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** Planners, leaders and auditors see their unit and every unit under it. */
    public boolean seesSubtree() {
        return unit != null && (has(PLANNER) || has(LEADER) || has(AUDITOR));
    }

    /** Unit officers see their own unit (and, unless they also hold a wider role, nothing else). */
    public boolean seesOwnUnit() {
        return unit != null && has(UNIT_OFFICER);
    }

    /**
     * Whether the caller may see data of the unit on the path: province-wide callers always; planners, leaders
     * and auditors when the unit is their own unit or below it; unit officers when it is their own unit.
     */
    public boolean sees(List<String> unitPath) {
        if (provinceWide()) {
            return true;
        }
        if (unitPath.isEmpty()) {
            return false;
        }
        return seesSubtree() && unitPath.contains(unit) || seesOwnUnit() && isLast(unitPath, unit);
    }

    /**
     * Whether the caller may draft, edit and submit the report of the unit on the path: administrators; the
     * unit's own unit officers; planners of the unit or a unit above it (a department office's planners carry the
     * department's code and prepare the reports of the units under it, and the department's own).
     */
    public boolean preparesFor(List<String> unitPath) {
        if (has(ADMINISTRATOR)) {
            return true;
        }
        if (unit == null || unitPath.isEmpty()) {
            return false;
        }
        return has(PLANNER) && unitPath.contains(unit) || has(UNIT_OFFICER) && isLast(unitPath, unit);
    }

    /**
     * Whether the caller may accept or return the report of the unit on the path: administrators, and leaders
     * of a unit strictly above it (the receiving side). A unit never decides on its own report.
     */
    public boolean decidesFor(List<String> unitPath) {
        if (has(ADMINISTRATOR)) {
            return true;
        }
        if (unit == null || unitPath.isEmpty()) {
            return false;
        }
        return has(LEADER) && unitPath.contains(unit) && !isLast(unitPath, unit);
    }

    /**
     * Whether the caller may request ad-hoc reports of a regime whose receiving unit is on the path:
     * administrators, and planners and leaders who see the receiving unit.
     */
    public boolean requestsReportsFor(List<String> receivingUnitPath) {
        if (has(ADMINISTRATOR)) {
            return true;
        }
        return unit != null && (has(PLANNER) || has(LEADER)) && receivingUnitPath.contains(unit);
    }

    private static boolean isLast(List<String> unitPath, String code) {
        return !unitPath.isEmpty() && unitPath.get(unitPath.size() - 1).equals(code);
    }
}
