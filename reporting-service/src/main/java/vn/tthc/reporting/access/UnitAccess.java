package vn.tthc.reporting.access;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.platform.errors.AccessDeniedException;
import vn.tthc.reporting.Caller;
import vn.tthc.reporting.repository.Units;

import java.util.List;
import java.util.Optional;

/**
 * Applies the {@link Caller}'s rules to units as the replica of the organisation tree places them: a unit's path
 * is its chain of codes from the root down to itself.
 */
@ApplicationScoped
public class UnitAccess {

    private final Units units;

    public UnitAccess(Units units) {
        this.units = units;
    }

    /** The unit's path, root first and the unit last; just the unit when the replica does not know it. */
    public List<String> path(String unitCode) {
        return units.pathCodes(unitCode);
    }

    /** Refuses (403) a caller who does not see the unit. */
    public void requireSees(Caller caller, String unitCode) {
        if (!caller.provinceWide() && !caller.sees(path(unitCode))) {
            throw new AccessDeniedException();
        }
    }

    /**
     * The units whose data a list may show the caller: empty for the whole province (no filter), otherwise the
     * codes, perhaps none.
     */
    public Optional<List<String>> visibleUnits(Caller caller) {
        if (caller.provinceWide()) {
            return Optional.empty();
        }
        if (caller.seesSubtree()) {
            return Optional.of(units.subtreeCodes(caller.unit()));
        }
        return Optional.of(caller.seesOwnUnit() ? List.of(caller.unit()) : List.of());
    }
}
