package vn.tthc.reporting.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.tthc.reporting.Unit;
import vn.tthc.platform.text.VietnameseText;
import vn.tthc.reporting.inbound.CalendarYearPublished;
import vn.tthc.reporting.inbound.UnitSnapshot;
import vn.tthc.platform.calendar.CalendarReplica;
import vn.tthc.reporting.repository.Units;

import java.time.Clock;
import java.util.Set;

/**
 * Applies the reference data other services own to reporting's read-only replicas: units from plan-service,
 * the working-day calendar from feedback-service. Snapshots replace state, so applying one twice changes
 * nothing; an older unit version never replaces a newer one.
 */
@ApplicationScoped
public class ReferenceDataReplica {

    private static final Logger LOG = Logger.getLogger(ReferenceDataReplica.class);

    private final Units units;
    private final CalendarReplica calendars;
    private final Clock clock;

    public ReferenceDataReplica(Units units, CalendarReplica calendars, Clock clock) {
        this.units = units;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Transactional
    public void putUnit(UnitSnapshot snapshot) {
        Unit unit = units.findById(snapshot.code());
        if (unit == null) {
            unit = new Unit();
            unit.code = snapshot.code();
        } else if (unit.version != null && snapshot.version() != null && snapshot.version() < unit.version) {
            LOG.debugf("Unit %s version %d is older than the replica's %d; ignored", snapshot.code(), snapshot.version(), unit.version);
            return;
        }
        unit.name = VietnameseText.normalize(snapshot.name());
        unit.kind = snapshot.kind();
        unit.parentCode = snapshot.parentCode() == null || snapshot.parentCode().isBlank() ? null : snapshot.parentCode();
        unit.version = snapshot.version();
        unit.abbreviation = VietnameseText.blankToNull(snapshot.abbreviation());
        unit.place = VietnameseText.blankToNull(snapshot.place());
        unit.headerName = VietnameseText.blankToNull(snapshot.headerName());
        unit.signingAuthority = VietnameseText.blankToNull(snapshot.signingAuthority());
        unit.signerTitle = VietnameseText.blankToNull(snapshot.signerTitle());
        unit.signerName = VietnameseText.blankToNull(snapshot.signerName());
        unit.updatedAt = clock.instant();
        units.persist(unit);
    }

    @Transactional
    public void removeUnit(String code) {
        units.deleteById(code);
    }

    @Transactional
    public void putCalendarYear(CalendarYearPublished year) {
        calendars.replaceYear(year.year(), Set.copyOf(year.nonWorkingDays()), Set.copyOf(year.workingWeekendDays()),
                clock.instant());
    }

    @Transactional
    public void removeCalendarYear(int year) {
        calendars.removeYear(year);
    }
}
