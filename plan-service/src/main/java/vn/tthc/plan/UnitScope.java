package vn.tthc.plan;

import java.util.List;
import java.util.Objects;

/**
 * A set of units described over the organisation tree: the whole province, one unit and every unit below it,
 * one unit alone, or none. A unit is given by its path from the root (root first, the unit last); an empty
 * path stands for "no unit" (e.g. a plan whose issuing unit is not set), which only the whole province covers.
 */
public record UnitScope(Kind kind, String unit) {

    public enum Kind { PROVINCE, SUBTREE, UNIT, NONE }

    public static final UnitScope PROVINCE = new UnitScope(Kind.PROVINCE, null);
    public static final UnitScope NONE = new UnitScope(Kind.NONE, null);

    public UnitScope {
        Objects.requireNonNull(kind);
        if ((kind == Kind.SUBTREE || kind == Kind.UNIT) == (unit == null)) {
            throw new IllegalArgumentException(kind + " scope " + (unit == null ? "needs" : "takes no") + " unit");
        }
    }

    public static UnitScope subtree(String unit) {
        return new UnitScope(Kind.SUBTREE, unit);
    }

    public static UnitScope only(String unit) {
        return new UnitScope(Kind.UNIT, unit);
    }

    /** Whether the unit at the end of the path is in this scope. */
    public boolean covers(List<String> unitPath) {
        return switch (kind) {
            case PROVINCE -> true;
            case NONE -> false;
            case SUBTREE -> unitPath.contains(unit);
            case UNIT -> !unitPath.isEmpty() && unit.equals(unitPath.get(unitPath.size() - 1));
        };
    }
}
