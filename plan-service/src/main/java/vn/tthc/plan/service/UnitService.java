package vn.tthc.plan.service;

import vn.tthc.platform.web.PageRequest;

import vn.tthc.platform.web.Page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.plan.Caller;
import vn.tthc.plan.ChangeAction;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.plan.Officer;
import vn.tthc.platform.errors.StaleVersionException;
import vn.tthc.plan.Unit;
import vn.tthc.plan.UnitKind;
import vn.tthc.plan.UnitLetterhead;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.plan.events.UnitV1;
import vn.tthc.plan.repository.UnitRepository;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Keeps the organisation tree and publishes every unit's current state to plan.units. */
@ApplicationScoped
public class UnitService {

    private final UnitRepository units;
    private final AuditTrail audit;
    private final Outbox outbox;

    public UnitService(UnitRepository units, AuditTrail audit, Outbox outbox) {
        this.units = units;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** The units of the tree, filtered by kind and parent, a page at a time. */
    public Page<Unit> list(UnitKind kind, String parentCode, PageRequest page) {
        return Page.of(units.search(kind, parentCode), page, unit -> unit);
    }

    public Unit unit(String code) {
        return units.require(code);
    }

    /** A unit's description; {@code letterhead} (what its documents print about it) may be null for none. */
    public record UnitDescription(String name, List<String> shortNames, List<String> aliases, UnitKind kind,
                                  String parentCode, List<Officer> officers, UnitLetterhead letterhead) {
    }

    /** Creates the unit or replaces its description; returns it with its new version. */
    @Transactional
    public Unit save(Caller caller, String code, Long expectedVersion, UnitDescription description) {
        if (description.parentCode() != null) {
            requireNoCycle(code, description.parentCode());
        }
        Unit unit = units.findByIdOptional(code).orElse(null);
        boolean created = unit == null;
        if (!created) {
            StaleVersionException.check(code, expectedVersion, unit.version());
        }
        if (created) {
            unit = new Unit(code);
        }
        unit.describe(description.name(), description.shortNames(), description.aliases(), description.kind(),
                description.parentCode(), description.officers());
        unit.letterhead(description.letterhead());
        if (created) {
            units.persist(unit);
        }
        units.flush();
        audit.unit(ChangeAction.UNIT_SAVED, code, unit.name(), caller.actor());
        outbox.record(UnitV1.of(unit));
        return unit;
    }

    /** Removes a unit that has no units below it; publishes a tombstone. */
    @Transactional
    public void remove(Caller caller, String code) {
        Unit unit = units.require(code);
        if (units.countChildren(code) > 0) {
            throw new ConflictException("unit.has-children", code);
        }
        units.delete(unit);
        audit.unit(ChangeAction.UNIT_REMOVED, code, unit.name(), caller.actor());
        outbox.recordTombstone(UnitV1.of(unit));
    }

    private void requireNoCycle(String code, String parentCode) {
        Set<String> seen = new HashSet<>();
        String current = parentCode;
        while (current != null) {
            if (current.equals(code) || !seen.add(current)) {
                throw new InvalidFieldException("parentCode", "unit.cycle");
            }
            Unit parent = units.findById(current);
            if (parent == null) {
                throw new InvalidFieldException("parentCode", "unit.unknown-parent");
            }
            current = parent.parentCode();
        }
    }
}
