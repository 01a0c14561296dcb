package vn.tthc.plan;

import java.util.Collection;
import java.util.Set;

/**
 * A {@link UnitScope} spelled out as unit codes, for filtering lists in their query: every unit, or exactly
 * these codes (possibly none).
 */
public record UnitSet(boolean everyUnit, Set<String> codes) {

    public static final UnitSet EVERY_UNIT = new UnitSet(true, Set.of());

    public UnitSet {
        codes = Set.copyOf(codes);
    }

    public static UnitSet of(Collection<String> codes) {
        return new UnitSet(false, Set.copyOf(codes));
    }

    public boolean isEmpty() {
        return !everyUnit && codes.isEmpty();
    }
}
