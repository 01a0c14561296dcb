package vn.tthc.reporting.service;

import vn.tthc.reporting.access.UnitAccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.platform.errors.AccessDeniedException;
import vn.tthc.reporting.Actor;
import vn.tthc.reporting.AdHocPeriod;
import vn.tthc.reporting.Caller;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.reporting.ExpectedUnit;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.reporting.Unit;
import vn.tthc.platform.text.VietnameseText;
import vn.tthc.reporting.period.AdHocRequest;
import vn.tthc.reporting.period.PeriodKey;
import vn.tthc.reporting.period.PeriodType;
import vn.tthc.reporting.period.ReportingPeriod;
import vn.tthc.reporting.period.ScheduledPeriod;
import vn.tthc.platform.calendar.WorkingDays;
import vn.tthc.reporting.regime.RegimeDefinition;
import vn.tthc.reporting.regime.ReportingUnits;
import vn.tthc.reporting.repository.AdHocPeriods;
import vn.tthc.platform.calendar.CalendarReplica;
import vn.tthc.reporting.repository.Units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The periods of a regime with their deadlines (working days counted on the replicated calendar), the
 * ad-hoc requests, and the units expected to report.
 */
@ApplicationScoped
public class PeriodService {

    private static final Pattern AD_HOC_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");

    private final AdHocPeriods adHocPeriods;
    private final CalendarReplica calendars;
    private final Units units;
    private final UnitAccess access;
    private final Clock clock;

    public PeriodService(AdHocPeriods adHocPeriods, CalendarReplica calendars, Units units, UnitAccess access, Clock clock) {
        this.adHocPeriods = adHocPeriods;
        this.calendars = calendars;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The period a key names in a regime: a regular key ({@code 2025-Q1}) of one of its period types, or the key
     * of one of its ad-hoc requests.
     */
    public ScheduledPeriod schedule(RegimeDefinition regime, String periodKey) {
        return schedule(regime, periodKey, calendars.calendar());
    }

    private ScheduledPeriod schedule(RegimeDefinition regime, String periodKey, WorkingDays calendar) {
        Optional<PeriodKey> regular = regularKey(periodKey);
        if (regular.isPresent()) {
            if (!regime.hasPeriodType(regular.get().type())) {
                throw new InvalidFieldException("periodKey", "period.not-in-regime");
            }
            ReportingPeriod period = regime.period(regular.get());
            return regime.schedule(period, calendar);
        }
        AdHocPeriod adHoc = adHocPeriods.find(regime.code(), periodKey)
                .orElseThrow(() -> new NotFoundException("period", periodKey));
        return scheduled(adHoc, calendar);
    }

    /** The regime's periods of a year (of one type, or of all), ad-hoc requests whose window opens in the year included. */
    public List<ScheduledPeriod> periods(RegimeDefinition regime, int year, PeriodType type) {
        WorkingDays calendar = calendars.calendar();
        List<ScheduledPeriod> periods = new ArrayList<>();
        for (PeriodType regimeType : regime.periodTypes()) {
            if (regimeType.isRegular() && (type == null || type == regimeType)) {
                for (ReportingPeriod period : regime.periods(regimeType, year)) {
                    periods.add(regime.schedule(period, calendar));
                }
            }
        }
        if (type == null || type == PeriodType.AD_HOC) {
            adHocPeriods.ofRegime(regime.code()).stream()
                    .filter(adHoc -> adHoc.windowStart.getYear() == year)
                    .map(adHoc -> scheduled(adHoc, calendar))
                    .forEach(periods::add);
        }
        periods.sort(Comparator.comparing((ScheduledPeriod p) -> p.period().end())
                .thenComparing(p -> p.period().type())
                .thenComparing(p -> p.period().key()));
        return periods;
    }

    /** Who requested each of the regime's ad-hoc reports, by period key (as recorded; absent when none was). */
    public Map<String, Actor> adHocRequesters(String regimeCode) {
        Map<String, Actor> requesters = new HashMap<>();
        adHocPeriods.ofRegime(regimeCode).stream().filter(adHoc -> adHoc.requestedBy != null)
                .forEach(adHoc -> requesters.put(adHoc.periodKey, adHoc.requestedBy));
        return requesters;
    }

    /**
     * Requests an ad-hoc report of the regime's units; the caller must request reports for its receiving unit
     * ({@link Caller#requestsReportsFor}). Records who requested it.
     */
    @Transactional
    public AdHocPeriod requestAdHoc(Caller caller, RegimeDefinition regime, String key, String title, LocalDate windowStart,
                                    LocalDate windowEnd, LocalDate lastAllowedDay) {
        if (!caller.requestsReportsFor(access.path(regime.receivingUnitCode()))) {
            throw new AccessDeniedException();
        }
        if (!regime.hasPeriodType(PeriodType.AD_HOC)) {
            throw new ConflictException("regime.no-ad-hoc", regime.code());
        }
        if (!AD_HOC_KEY.matcher(key).matches() || regularKey(key).isPresent()) {
            throw new InvalidFieldException("key", "ad-hoc.key");
        }
        if (windowEnd.isBefore(windowStart)) {
            throw new InvalidFieldException("windowEnd", "period.range");
        }
        if (lastAllowedDay.isBefore(windowStart)) {
            throw new InvalidFieldException("lastAllowedDay", "ad-hoc.deadline-before-window");
        }
        if (adHocPeriods.find(regime.code(), key).isPresent()) {
            throw new ConflictException("ad-hoc.exists", key);
        }
        AdHocPeriod adHoc = new AdHocPeriod();
        adHoc.id = UUID.randomUUID();
        adHoc.regimeCode = regime.code();
        adHoc.periodKey = key;
        adHoc.label = VietnameseText.normalize(title.strip());
        adHoc.windowStart = windowStart;
        adHoc.windowEnd = windowEnd;
        adHoc.lastAllowedDay = lastAllowedDay;
        adHoc.createdAt = clock.instant();
        adHoc.requestedBy = Actor.of(caller);
        adHocPeriods.persist(adHoc);
        return adHoc;
    }

    /**
     * The units expected to report under a regime now: the listed ones and those of its kinds under its unit,
     * as the replica knows them, but never the receiving unit itself; by code.
     */
    public List<ExpectedUnit> expectedUnits(RegimeDefinition regime) {
        ReportingUnits reporting = regime.reportingUnits();
        Map<String, ExpectedUnit> expected = new TreeMap<>();
        for (String code : reporting.unitCodes()) {
            expected.put(code, new ExpectedUnit(code, units.findByIdOptional(code).map(unit -> unit.name).orElse(null)));
        }
        if (reporting.under() != null) {
            for (Unit unit : units.inSubtreeOfKinds(reporting.under(), reporting.kinds())) {
                expected.put(unit.code, new ExpectedUnit(unit.code, unit.name));
            }
        }
        expected.remove(regime.receivingUnitCode());
        return List.copyOf(expected.values());
    }

    /** Whether a unit reports under the regime (the replica must know it unless the regime lists it). */
    public boolean reports(RegimeDefinition regime, String unitCode) {
        return !unitCode.equals(regime.receivingUnitCode())
                && expectedUnits(regime).stream().anyMatch(unit -> unit.code().equals(unitCode));
    }

    /** An ad-hoc request's deadline as requested, and effective (moved off a weekend or day off). */
    private static ScheduledPeriod scheduled(AdHocPeriod adHoc, WorkingDays calendar) {
        AdHocRequest request = adHoc.request();
        return ScheduledPeriod.of(request.period(), request.lastAllowedDay(), calendar);
    }

    private static Optional<PeriodKey> regularKey(String key) {
        try {
            return Optional.of(PeriodKey.parse(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
