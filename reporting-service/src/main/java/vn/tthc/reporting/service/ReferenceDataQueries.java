package vn.tthc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.platform.web.Page;
import vn.tthc.platform.web.PageRequest;
import vn.tthc.reporting.Unit;
import vn.tthc.platform.calendar.PublishedCalendar;
import vn.tthc.platform.calendar.CalendarReplica;
import vn.tthc.reporting.repository.Units;

import java.util.List;

/** Reads of the reference data replicated from other services: the unit tree and the published calendar. */
@ApplicationScoped
public class ReferenceDataQueries {

    private final Units units;
    private final CalendarReplica calendars;

    public ReferenceDataQueries(Units units, CalendarReplica calendars) {
        this.units = units;
        this.calendars = calendars;
    }

    public Unit unit(String code) {
        return units.findByIdOptional(code).orElseThrow(() -> new NotFoundException("unit", code));
    }

    /** The unit's ancestors, parent first. */
    public List<Unit> ancestors(String code) {
        return units.ancestors(code);
    }

    /** The units of the replica, or those under a unit (itself included), by code. */
    public Page<Unit> units(String under, PageRequest page) {
        var query = under == null ? units.find("order by code") : units.find("code in ?1 order by code", units.subtreeCodes(under));
        return Page.of(query, page, unit -> unit);
    }

    public PublishedCalendar calendar() {
        return calendars.calendar();
    }
}
