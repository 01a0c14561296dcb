package vn.tthc.feedback.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes each year's working-day calendar: the holidays of {@link HolidayRules} and their made-up days,
 * changed by the year's {@link YearOverrides}, reduced to the exceptions to a Monday-to-Friday week
 * ({@link ResolvedYear}). Years are computed on first use and kept. Thread-safe.
 *
 * <p>How the overrides apply, in order:
 * <ol>
 *   <li>Tết: when the year's announced days off include any day of the Tết season (from
 *       {@value #TET_SEASON_DAYS} days before mùng 1 to {@value #TET_SEASON_DAYS} days after), those announced
 *       days <em>replace</em> the default Tết pattern: the default Tết days are no longer holidays and give no
 *       made-up day. Otherwise the default five days apply, their weekend days made up.</li>
 *   <li>Made-up days (art. 111(3)) are computed from the holidays that remain.</li>
 *   <li>Removed days off are default holidays or made-up days that are working days this year.</li>
 *   <li>Added days off are days off; a weekday one is reported as a {@link DayOff.Reason#WEEKEND_SWAP} when it
 *       is the one nearest to a swapped working day (outside the Tết block), otherwise as announced.</li>
 *   <li>Swapped working days must not be days off.</li>
 * </ol>
 */
public final class WorkingDayCalendar implements ResolvedYears {

    /** How far around mùng 1 an announced day off is taken to be part of the announced Tết block. */
    public static final int TET_SEASON_DAYS = 10;

    private final HolidayRules rules;
    private final Map<Integer, YearOverrides> overrides;
    private final Map<Integer, Year> computed = new ConcurrentHashMap<>();

    private record Year(ResolvedYear resolved, List<DayOff> daysOff) {
    }

    /**
     * @throws IllegalArgumentException if a year has overrides twice
     */
    public WorkingDayCalendar(HolidayRules rules, Collection<YearOverrides> overrides) {
        this.rules = rules;
        this.overrides = overrides.stream().collect(Collectors.toUnmodifiableMap(
                YearOverrides::year, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("overrides for " + a.year() + " given twice");
                }));
    }

    public HolidayRules rules() {
        return rules;
    }

    /** The year's overrides, or none. */
    public YearOverrides overrides(int year) {
        return overrides.getOrDefault(year, YearOverrides.none(year));
    }

    /**
     * The year's calendar.
     *
     * @throws IllegalArgumentException if the year is outside the lunar calendar's years, or its overrides
     *                                  contradict the rules: a removed day off that is not a holiday or made-up
     *                                  day, or a swapped working day that is a day off
     */
    public ResolvedYear resolve(int year) {
        return computed.computeIfAbsent(year, this::compute).resolved();
    }

    /**
     * Every day off of the year with its reason and legal basis, in date order: holidays (weekend ones
     * included), made-up days, announced days off and days off in exchange for a swapped weekend day.
     *
     * @throws IllegalArgumentException as {@link #resolve(int)}
     */
    public List<DayOff> daysOff(int year) {
        return computed.computeIfAbsent(year, this::compute).daysOff();
    }

    /** The year's calendar; empty outside the lunar calendar's years. */
    @Override
    public Optional<ResolvedYear> find(int year) {
        if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(resolve(year));
    }

    /** Whether the announced days off of the year replace the default Tết days. */
    public boolean tetAnnounced(int year) {
        return !announcedTet(year, overrides(year)).isEmpty();
    }

    private SortedSet<LocalDate> announcedTet(int year, YearOverrides announced) {
        LocalDate newYear = LunarCalendar.VIETNAM.newYear(year);
        return announced.addedDaysOff().stream()
                .filter(day -> !day.isBefore(newYear.minusDays(TET_SEASON_DAYS))
                        && !day.isAfter(newYear.plusDays(TET_SEASON_DAYS)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Year compute(int year) {
        YearOverrides announced = overrides(year);
        String notice = "Thông báo lịch nghỉ năm " + year + " (khoản 3 Điều 112 " + HolidayRules.CODE + ")";
        SortedMap<LocalDate, DayOff> holidays = new TreeMap<>(rules.named(year));
        SortedSet<LocalDate> tetBlock = announcedTet(year, announced);
        if (!tetBlock.isEmpty()) {
            rules.tet(year).forEach(holidays::remove);
        }
        SortedMap<LocalDate, DayOff> daysOff = new TreeMap<>(holidays);
        daysOff.putAll(HolidayRules.madeUpDays(holidays));
        for (LocalDate day : announced.removedDaysOff()) {
            if (daysOff.remove(day) == null) {
                throw new IllegalArgumentException("removed day off " + day + " is not a holiday or made-up day under "
                        + rules);
            }
        }
        for (LocalDate day : tetBlock) {
            daysOff.putIfAbsent(day, new DayOff(day, DayOff.Reason.ANNOUNCED_DAY_OFF, "Tết Nguyên đán (theo thông báo)",
                    notice));
        }
        List<LocalDate> others = announced.addedDaysOff().stream()
                .filter(day -> !tetBlock.contains(day) && !daysOff.containsKey(day)).toList();
        List<LocalDate> exchanged = exchangedFor(announced.swappedWorkingDays(), others);
        for (LocalDate day : others) {
            daysOff.put(day, exchanged.contains(day)
                    ? new DayOff(day, DayOff.Reason.WEEKEND_SWAP, "Nghỉ hoán đổi (làm bù ngày cuối tuần)", notice)
                    : new DayOff(day, DayOff.Reason.ANNOUNCED_DAY_OFF, "Ngày nghỉ theo thông báo", notice));
        }
        for (LocalDate day : announced.swappedWorkingDays()) {
            if (daysOff.containsKey(day)) {
                throw new IllegalArgumentException("swapped working day " + day + " is a day off");
            }
        }
        SortedSet<LocalDate> weekdaysOff = daysOff.keySet().stream().filter(day -> !ResolvedYear.isWeekend(day))
                .collect(Collectors.toCollection(TreeSet::new));
        return new Year(new ResolvedYear(year, weekdaysOff, announced.swappedWorkingDays()),
                List.copyOf(daysOff.values()));
    }

    /** For each swapped working day, the nearest weekday among the announced days off not yet taken. */
    private static List<LocalDate> exchangedFor(Collection<LocalDate> swapped, List<LocalDate> announced) {
        List<LocalDate> candidates = new ArrayList<>(announced.stream().filter(day -> !ResolvedYear.isWeekend(day)).toList());
        List<LocalDate> taken = new ArrayList<>();
        for (LocalDate worked : swapped) {
            candidates.stream()
                    .min(Comparator.comparingLong((LocalDate day) -> Math.abs(day.toEpochDay() - worked.toEpochDay()))
                            .thenComparing(Comparator.naturalOrder()))
                    .ifPresent(day -> {
                        taken.add(day);
                        candidates.remove(day);
                    });
        }
        return taken;
    }
}
