package vn.tthc.feedback.access;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.platform.errors.AccessDeniedException;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.feedback.ItemAction;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.feedback.Unit;
import vn.tthc.feedback.repository.FeedbackItemRepository;
import vn.tthc.feedback.repository.UnitRepository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Applies {@link Caller}'s rules to stored items and units: loads an item only for a caller who may take the
 * action on it, and gives the units a caller's lists are filtered to.
 *
 * <p>An item that does not exist is a 404 only for province-wide callers; everyone else gets the same 403 as for
 * another unit's item, so the answer never tells whether an id exists outside the caller's units.
 */
@ApplicationScoped
public class ItemAccess {

    private final FeedbackItemRepository items;
    private final UnitRepository units;

    public ItemAccess(FeedbackItemRepository items, UnitRepository units) {
        this.items = items;
        this.units = units;
    }

    /** The item, if the caller may take the action on it; else 403 (or 404 for a province-wide caller and no item). */
    public FeedbackItem require(UUID id, Caller caller, ItemAction action) {
        FeedbackItem item = items.findById(id);
        if (item == null) {
            if (caller.provinceWide()) {
                throw new NotFoundException("item", id);
            }
            throw new AccessDeniedException();
        }
        check(item, caller, action);
        return item;
    }

    public void check(FeedbackItem item, Caller caller, ItemAction action) {
        if (!allows(item, caller, action)) {
            throw new AccessDeniedException();
        }
    }

    public boolean allows(FeedbackItem item, Caller caller, ItemAction action) {
        return caller.may(action, path(item.receivingUnitCode()), path(item.handlingUnitCode()));
    }

    /** The unit's path from the root, root first; a unit missing from the replica is a path of itself; none is empty. */
    public List<String> path(String unitCode) {
        if (unitCode == null) {
            return List.of();
        }
        List<String> path = new ArrayList<>(units.ancestorsOrSelf(unitCode).stream().map(Unit::code).toList());
        if (path.isEmpty()) {
            return List.of(unitCode);
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * The units whose items (received or handled) the caller sees: null for a province-wide caller (no filter);
     * the caller's unit and every unit below it for planners, leaders and auditors; the caller's unit alone for a
     * unit officer; none for a caller without a unit.
     */
    public List<String> visibleUnits(Caller caller) {
        if (caller.provinceWide()) {
            return null;
        }
        if (caller.unit() == null) {
            return List.of();
        }
        return caller.ownUnitOnly() ? List.of(caller.unit()) : units.descendantsOrSelf(caller.unit());
    }

    /**
     * The units of {@code unitCode}'s subtree the caller sees, for lists asked for one unit (due steps,
     * statistics): 403 when the caller does not see the unit itself; a unit officer gets only their own unit.
     */
    public List<String> unitsUnder(String unitCode, Caller caller) {
        if (!caller.sees(path(unitCode))) {
            throw new AccessDeniedException();
        }
        return caller.ownUnitOnly() ? List.of(unitCode) : units.descendantsOrSelf(unitCode);
    }
}
