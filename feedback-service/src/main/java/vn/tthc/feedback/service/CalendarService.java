package vn.tthc.feedback.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import vn.tthc.feedback.Actor;
import vn.tthc.feedback.CalendarChange;
import vn.tthc.feedback.CalendarYear;
import vn.tthc.feedback.Deadlines;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.Moment;
import vn.tthc.platform.errors.StaleVersionException;
import vn.tthc.feedback.calendar.HolidayRules;
import vn.tthc.feedback.calendar.LunarCalendar;
import vn.tthc.feedback.calendar.ResolvedYear;
import vn.tthc.feedback.calendar.WorkingDayCalendar;
import vn.tthc.feedback.calendar.WorkingDays;
import vn.tthc.feedback.calendar.YearOverrides;
import vn.tthc.feedback.config.DeadlineConfig;
import vn.tthc.feedback.events.CalendarYearV1;
import vn.tthc.platform.events.outbox.Outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The working-day calendar this service owns for the whole system: holiday rules (lunar dates computed at
 * UTC+7) and the yearly overrides kept in the database. Each year's resolved calendar is published to the
 * compacted topic feedback.calendar whenever it differs from what was last published.
 */
@ApplicationScoped
public class CalendarService {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ObjectMapper objectMapper;
    private final DeadlineConfig deadlineConfig;
    private final Clock clock;

    public CalendarService(EntityManager entityManager, Outbox outbox, ObjectMapper objectMapper,
                           DeadlineConfig deadlineConfig, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.deadlineConfig = deadlineConfig;
        this.clock = clock;
    }

    /** The calendar last built for readers, with the stored years' versions it was built from. */
    private volatile Built built;

    private record Built(String versions, WorkingDayCalendar calendar) {
    }

    /**
     * The calendar as it stands now. Another replica may have changed the stored overrides, so each call reads the
     * stored years' versions (one small query); the calendar is built again only when they changed, and keeps the
     * years it has resolved (building it and resolving a year's lunar holidays at every intake was a fifth of a
     * portal intake's CPU in the bench's profile). For readers: a transaction that changes overrides uses
     * {@link #freshCalendar()}, so that what it has not committed is never kept.
     */
    public WorkingDayCalendar calendar() {
        // Synchronised with calendar_year alone: pending changes to other tables are not flushed for it.
        String versions = (String) entityManager.createNativeQuery(
                        "select coalesce(string_agg(year || ':' || version, ',' order by year), '') from calendar_year")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("calendar_year")
                .getSingleResult();
        Built last = built;
        if (last != null && last.versions().equals(versions)) {
            return last.calendar();
        }
        WorkingDayCalendar calendar = freshCalendar();
        built = new Built(versions, calendar);
        return calendar;
    }

    /** The calendar built from the stored overrides as this transaction sees them. */
    public WorkingDayCalendar freshCalendar() {
        List<YearOverrides> overrides = entityManager.createQuery("from CalendarYear", CalendarYear.class)
                .getResultList().stream().map(CalendarYear::overrides).toList();
        return new WorkingDayCalendar(HolidayRules.DEFAULT, overrides);
    }

    public WorkingDays workingDays() {
        return new WorkingDays(calendar());
    }

    public Deadlines deadlines() {
        return new Deadlines(workingDays(), deadlineConfig.limits());
    }

    public Optional<CalendarYear> stored(int year) {
        return Optional.ofNullable(entityManager.find(CalendarYear.class, year));
    }

    /**
     * One year resolved, with its holidays named and the overrides it was resolved with. The version is 0
     * for a year whose overrides were never stored, and the stored version + 1 otherwise, so that it changes
     * when a year's first overrides are stored.
     */
    public record YearView(ResolvedYear resolved, List<CalendarYearV1.Holiday> holidays, YearOverrides overrides,
                           String note, List<CalendarChange> history, long version) {
    }

    @Transactional
    public YearView year(int year) {
        requireSupported(year);
        WorkingDayCalendar calendar = freshCalendar();
        Optional<CalendarYear> stored = stored(year);
        List<CalendarChange> history = entityManager.createQuery("from CalendarChange where year = :year order by id",
                CalendarChange.class).setParameter("year", year).getResultList();
        return new YearView(calendar.resolve(year), holidays(calendar, year), calendar.overrides(year),
                stored.map(CalendarYear::note).orElse(null), history, stored.map(y -> y.version() + 1).orElse(0L));
    }

    /** Replaces a year's overrides, records the change in the year's history and republishes the year. */
    @Transactional
    public YearView replaceOverrides(int year, List<LocalDate> added, List<LocalDate> removed, List<LocalDate> swapped,
                                     String note, Long expectedVersion, Actor actor) {
        requireSupported(year);
        YearOverrides overrides;
        try {
            overrides = new YearOverrides(year, setOf(added), setOf(removed), setOf(swapped));
            List<YearOverrides> all = new ArrayList<>(entityManager.createQuery(
                    "from CalendarYear where year <> :year", CalendarYear.class).setParameter("year", year)
                    .getResultList().stream().map(CalendarYear::overrides).toList());
            all.add(overrides);
            new WorkingDayCalendar(HolidayRules.DEFAULT, all).resolve(year);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("body", "calendar.invalid-overrides", e.getMessage());
        }
        CalendarYear stored = stored(year).orElse(null);
        if (stored == null) {
            StaleVersionException.check(year, expectedVersion, 0);
            stored = new CalendarYear(year);
            stored.replace(overrides, note, actor, clock.instant());
            entityManager.persist(stored);
        } else {
            StaleVersionException.check(year, expectedVersion, stored.version() + 1);
            stored.replace(overrides, note, actor, clock.instant());
        }
        entityManager.flush();
        entityManager.persist(new CalendarChange(year, clock.instant(), actor, note,
                List.copyOf(overrides.addedDaysOff()), List.copyOf(overrides.removedDaysOff()),
                List.copyOf(overrides.swappedWorkingDays())));
        publishIfChanged(year);
        return year(year);
    }

    /** Publishes the years around the current one that are not yet published as they now resolve. */
    @Transactional
    public List<Integer> publishWindow(int before, int after) {
        int current = Moment.now(clock).today().getYear();
        List<Integer> published = new ArrayList<>();
        for (int year = current - before; year <= current + after; year++) {
            if (publishIfChanged(year)) {
                published.add(year);
            }
        }
        return published;
    }

    /** Records the year's calendar in the outbox if it differs from what was last published; true if it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean publishIfChanged(int year) {
        WorkingDayCalendar calendar = freshCalendar();
        ResolvedYear resolved = calendar.resolve(year);
        CalendarYearV1 event = new CalendarYearV1(year, List.copyOf(resolved.weekdaysOff()),
                List.copyOf(resolved.workingWeekendDays()), holidays(calendar, year));
        String hash = sha256(event);
        List<?> last = entityManager.createNativeQuery("select payload_hash from calendar_publication where year = :year")
                .setParameter("year", year).getResultList();
        if (!last.isEmpty() && hash.equals(last.get(0))) {
            return false;
        }
        outbox.record(event);
        entityManager.createNativeQuery("""
                        insert into calendar_publication (year, payload_hash, published_at) values (:year, :hash, :at)
                        on conflict (year) do update set payload_hash = excluded.payload_hash, published_at = excluded.published_at""")
                .setParameter("year", year).setParameter("hash", hash).setParameter("at", clock.instant())
                .executeUpdate();
        return true;
    }

    /** Every day off of the year with its reason and legal basis, weekend holidays included. */
    static List<CalendarYearV1.Holiday> holidays(WorkingDayCalendar calendar, int year) {
        return calendar.daysOff(year).stream().map(CalendarYearV1.Holiday::of).toList();
    }

    private static void requireSupported(int year) {
        if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
            throw new InvalidFieldException("year", "calendar.year-range", LunarCalendar.FIRST_YEAR, LunarCalendar.LAST_YEAR);
        }
    }

    private static java.util.Set<LocalDate> setOf(List<LocalDate> days) {
        return days == null ? java.util.Set.of() : new java.util.TreeSet<>(days);
    }

    private String sha256(Object value) {
        try {
            byte[] json = objectMapper.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
