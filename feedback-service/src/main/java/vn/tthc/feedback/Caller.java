package vn.tthc.feedback;

import vn.tthc.platform.security.CallerCore;

import java.util.List;
import java.util.Set;

/**
 * Who sends a request, as the bearer token says: the subject (the token's {@code sub}), a readable name
 * ({@code preferred_username}), the unit they act for (the claim {@code unit}; none for machine clients) and
 * their realm roles. The access rules of SECURITY.md ("### feedback-service") live here, so unit tests reach
 * them without HTTP.
 *
 * <p>Units are given as paths from the root of the organisation tree to the unit (root first, the unit last).
 * An item has two: its receiving unit's (the agency or office it was sent to) and, once assigned, its handling
 * unit's (the division answering it); an empty path stands for "none".
 */
public record Caller(String subject, String name, String unit, Set<String> roles) implements CallerCore {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** What is recorded as having done a change: subject, readable name and unit. */
    public Actor actor() {
        return new Actor(subject, name, unit);
    }

    /**
     * Whether the caller may see data of the unit on the path: province-wide callers always; planners, leaders
     * and auditors when the unit is their own unit or below it; unit officers when it is their own unit.
     */
    public boolean sees(List<String> unitPath) {
        if (provinceWide()) {
            return true;
        }
        return (has(PLANNER) || has(LEADER) || has(AUDITOR)) && within(unitPath) || has(UNIT_OFFICER) && isOwn(unitPath);
    }

    /** Whether the caller sees only their own unit (a unit officer and no role that sees a subtree or more). */
    public boolean ownUnitOnly() {
        return !provinceWide() && !has(PLANNER) && !has(LEADER) && !has(AUDITOR);
    }

    /** Whether the caller may enter an item received by the unit on the path (staff intake). */
    public boolean mayEnterFor(List<String> receivingPath) {
        return has(ADMINISTRATOR) || has(PLANNER) && within(receivingPath) || has(UNIT_OFFICER) && isOwn(receivingPath);
    }

    /**
     * Whether the caller may take the action on an item with these receiving and handling units:
     * <ul>
     * <li>READ: whoever {@link #sees} its receiving unit or its handling unit (a department office keeps the
     * items it received through the whole workflow: the answer and its publication are its steps);</li>
     * <li>CLASSIFY (classification, extensions, duplicates): administrators, and planners at or above the
     * receiving unit;</li>
     * <li>HANDLE (start, draft the answer): unit officers of the handling unit, and planners at or above it;</li>
     * <li>APPROVE (approve or return the answer): administrators, and leaders at or above the handling unit;</li>
     * <li>SEND (send, publish): administrators, and planners and leaders at or above the receiving unit.</li>
     * </ul>
     */
    public boolean may(ItemAction action, List<String> receivingPath, List<String> handlingPath) {
        return switch (action) {
            case READ -> sees(receivingPath) || sees(handlingPath);
            case CLASSIFY -> has(ADMINISTRATOR) || has(PLANNER) && within(receivingPath);
            case HANDLE -> has(PLANNER) && within(handlingPath) || has(UNIT_OFFICER) && isOwn(handlingPath);
            case APPROVE -> has(ADMINISTRATOR) || has(LEADER) && within(handlingPath);
            case SEND -> has(ADMINISTRATOR) || (has(PLANNER) || has(LEADER)) && within(receivingPath);
        };
    }

    /** The caller's unit is on the path: the unit is theirs or below theirs. */
    private boolean within(List<String> unitPath) {
        return unit != null && unitPath.contains(unit);
    }

    private boolean isOwn(List<String> unitPath) {
        return unit != null && !unitPath.isEmpty() && unit.equals(unitPath.get(unitPath.size() - 1));
    }
}
