package vn.tthc.plan.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.tthc.platform.events.inbound.IncomingEvent;
import vn.tthc.platform.events.inbound.EventJson;
import vn.tthc.platform.calendar.CalendarReplica;
import vn.tthc.platform.events.inbound.ProcessedEvents;
import vn.tthc.plan.repository.TaskRepository;

import java.time.Clock;
import java.util.Set;

/**
 * Keeps plan-service's replica of the working-day calendar and the due dates in effect that depend on it.
 * A year is applied once per event (its id is recorded in the same transaction); a tombstone forgets the year.
 * Either way every effective due date is recomputed from its printed one.
 */
@ApplicationScoped
public class CalendarYearApplier {

    private static final Logger LOG = Logger.getLogger(CalendarYearApplier.class);

    private final CalendarReplica calendars;
    private final TaskRepository tasks;
    private final ProcessedEvents processed;
    private final EventJson json;
    private final Clock clock;

    public CalendarYearApplier(CalendarReplica calendars, TaskRepository tasks, ProcessedEvents processed, EventJson json,
                               Clock clock) {
        this.calendars = calendars;
        this.tasks = tasks;
        this.processed = processed;
        this.json = json;
        this.clock = clock;
    }

    /** @return whether the year was applied (false for a redelivered event) */
    @Transactional
    public boolean apply(String key, IncomingEvent event) {
        if (!processed.markProcessed(event)) {
            return false;
        }
        CalendarYearPublished year = json.read(event.data(), CalendarYearPublished.class, "calendar year event " + event.id());
        year.requireComplete(key);
        calendars.replaceYear(year.year(), Set.copyOf(year.nonWorkingDays()), Set.copyOf(year.workingWeekendDays()),
                clock.instant());
        refresh("calendar " + year.year());
        return true;
    }

    /** A tombstone: the year is no longer known (weekends only). */
    @Transactional
    public void forget(int year) {
        calendars.removeYear(year);
        refresh("calendar " + year + " removed");
    }

    private void refresh(String why) {
        int changed = tasks.refreshEffectiveDueDates(calendars.calendar());
        LOG.debugf("%s: %d effective due date(s) changed", why, changed);
    }
}
