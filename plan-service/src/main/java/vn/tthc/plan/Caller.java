package vn.tthc.plan;

import java.util.List;
import java.util.Set;

/**
 * Who sends a request, as the bearer token says: the subject (the token's {@code sub}), a readable name
 * ({@code preferred_username}), the unit they act for (the claim {@code unit}; none for machine clients) and
 * their realm roles. The access rules of SECURITY.md live here, so unit tests reach them without HTTP.
 */
public record Caller(String subject, String name, String unit, Set<String> roles) {

    public static final String ADMINISTRATOR = "administrator";
    public static final String PLANNER = "planner";
    public static final String UNIT_OFFICER = "unit-officer";
    public static final String LEADER = "leader";
    public static final String AUDITOR = "auditor";
    public static final String PORTAL = "portal";
    public static final String INTEGRATION = "integration";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Administrators and the read-only machine client of other provincial systems see the whole province. */
    public boolean provinceWide() {
        return has(ADMINISTRATOR) || has(INTEGRATION);
    }

    /**
     * Whether the caller may see data of the unit whose path from the root is given (root first, the unit
     * last): province-wide callers always; planners, leaders and auditors when the unit is their own unit or
     * below it; unit officers when it is their own unit.
     */
    public boolean sees(List<String> unitPath) {
        if (provinceWide()) {
            return true;
        }
        if (unit == null || unitPath.isEmpty()) {
            return false;
        }
        if ((has(PLANNER) || has(LEADER) || has(AUDITOR)) && unitPath.contains(unit)) {
            return true;
        }
        return has(UNIT_OFFICER) && unit.equals(unitPath.get(unitPath.size() - 1));
    }

    /** Whether the caller manages (plans for) the unit on the path: administrators, and planners above or at it. */
    public boolean plansFor(List<String> unitPath) {
        return has(ADMINISTRATOR) || has(PLANNER) && unit != null && unitPath.contains(unit);
    }

    /** Whether the caller acts for the unit on the path: its own unit officers, and whoever plans for it. */
    public boolean actsFor(List<String> unitPath) {
        return plansFor(unitPath) || has(UNIT_OFFICER) && unit != null && !unitPath.isEmpty()
                && unit.equals(unitPath.get(unitPath.size() - 1));
    }
}
