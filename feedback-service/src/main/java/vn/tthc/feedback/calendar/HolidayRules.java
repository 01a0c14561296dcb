package vn.tthc.feedback.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The public holidays the law fixes (Labour Code 2019, article 112(1)) and its make-up rule (article 111(3)),
 * computed for a year. What the government announces each year — the Tết block, extra days off, swapped
 * working days — is data on top: see {@link YearOverrides} and {@link WorkingDayCalendar}.
 *
 * <ul>
 *   <li>(a) 1 January (Tết Dương lịch);</li>
 *   <li>(b) Tết Nguyên đán: five days; by default the last day of the lunar year and the first four of the new
 *       one (configurable as days before and days from mùng 1);</li>
 *   <li>(c) 30 April; (d) 1 May;</li>
 *   <li>(đ) 2 September and one adjacent day, before or after it, that is a working day: see
 *       {@link #nationalDayAdjacent(int)};</li>
 *   <li>(e) Hùng Kings' commemoration day, 10th day of the 3rd lunar month (not of a leap 3rd month).</li>
 * </ul>
 * A holiday that falls on a Saturday or Sunday is made up on the next working day (art. 111(3)): see
 * {@link #madeUpDays(int)}. Lunar dates are reckoned with {@link LunarCalendar#VIETNAM} (UTC+7).
 *
 * @param tetDaysBeforeNewYear how many of the Tết days come before mùng 1 (the last days of the old year)
 * @param tetDaysFromNewYear how many of the Tết days are mùng 1 and the days after it
 */
public record HolidayRules(int tetDaysBeforeNewYear, int tetDaysFromNewYear) {

    public static final MonthDay NEW_YEAR = MonthDay.of(Month.JANUARY, 1);
    public static final MonthDay REUNIFICATION_DAY = MonthDay.of(Month.APRIL, 30);
    public static final MonthDay LABOUR_DAY = MonthDay.of(Month.MAY, 1);
    public static final MonthDay NATIONAL_DAY = MonthDay.of(Month.SEPTEMBER, 2);

    /** Tết from the last day of the lunar year to mùng 4. */
    public static final HolidayRules DEFAULT = new HolidayRules(1, 4);

    static final String CODE = "Bộ luật Lao động 2019";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public HolidayRules {
        if (tetDaysBeforeNewYear < 0 || tetDaysFromNewYear < 0 || tetDaysBeforeNewYear + tetDaysFromNewYear < 1) {
            throw new IllegalArgumentException("Tết needs at least one day and no negative counts: "
                    + tetDaysBeforeNewYear + " before, " + tetDaysFromNewYear + " from mùng 1");
        }
    }

    /** All holidays falling in a Gregorian year, weekends included (made-up days not included). */
    public SortedSet<LocalDate> holidays(int year) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(named(year).keySet()));
    }

    /** The year's holidays with their name and legal basis, in date order, weekends included. */
    public SortedMap<LocalDate, DayOff> named(int year) {
        SortedMap<LocalDate, DayOff> days = new TreeMap<>();
        put(days, NEW_YEAR.atYear(year), "Tết Dương lịch", "a");
        tet(year).forEach(day -> put(days, day, "Tết Nguyên đán", "b"));
        put(days, REUNIFICATION_DAY.atYear(year), "Ngày Chiến thắng", "c");
        put(days, LABOUR_DAY.atYear(year), "Ngày Quốc tế Lao động", "d");
        put(days, NATIONAL_DAY.atYear(year), "Quốc khánh", "đ");
        put(days, nationalDayAdjacent(year), "Quốc khánh (ngày liền kề)", "đ");
        put(days, hungKingsDay(year), "Giỗ Tổ Hùng Vương", "e");
        return Collections.unmodifiableSortedMap(days);
    }

    private static void put(Map<LocalDate, DayOff> days, LocalDate day, String name, String point) {
        days.putIfAbsent(day, new DayOff(day, DayOff.Reason.HOLIDAY, name,
                "Điểm " + point + " khoản 1 Điều 112 " + CODE));
    }

    /** The Tết days of the lunar year that begins in a Gregorian year. */
    public SortedSet<LocalDate> tet(int year) {
        LocalDate newYear = LunarCalendar.VIETNAM.newYear(year);
        SortedSet<LocalDate> days = new TreeSet<>();
        for (LocalDate d = newYear.minusDays(tetDaysBeforeNewYear); d.isBefore(newYear.plusDays(tetDaysFromNewYear));
                d = d.plusDays(1)) {
            days.add(d);
        }
        return Collections.unmodifiableSortedSet(days);
    }

    /** Hùng Kings' commemoration day (Giỗ Tổ Hùng Vương), 10/3 of the lunar year. */
    public LocalDate hungKingsDay(int year) {
        return LunarCalendar.VIETNAM.toSolar(LunarDate.of(year, 3, 10));
    }

    /**
     * The day off next to 2 September (art. 112(1)(đ): "the adjacent day before or after"; art. 112(3) leaves
     * the choice to the Prime Minister each year). The default, as practised since 2021:
     * <ul>
     *   <li>it must be a working day, so 1 September when 3 September is a weekend day (2/9 on a Friday or
     *       Saturday: 2022, 2023) and 3 September when 1 September is (2/9 on a Sunday or Monday: 2024);</li>
     *   <li>when both are weekdays, the one that joins the holiday to a weekend: 1 September when 2/9 is a
     *       Tuesday (2025), 3 September when it is a Thursday (2021);</li>
     *   <li>when 2/9 is a Wednesday neither does, and the day before is taken (1 September).</li>
     * </ul>
     * Another choice announced for a year is entered as an override (the default removed, the other added).
     */
    public LocalDate nationalDayAdjacent(int year) {
        LocalDate nationalDay = NATIONAL_DAY.atYear(year);
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        if (isWeekend(after)) {
            return before;
        }
        if (isWeekend(before)) {
            return after;
        }
        return nationalDay.getDayOfWeek() == DayOfWeek.THURSDAY ? after : before;
    }

    /**
     * The days that make up the holidays of the year falling on a Saturday or Sunday (art. 111(3)): each on the
     * next weekday that is neither a holiday nor already a made-up day, in holiday order — so Tết's weekend
     * days are made up after the whole block. Keyed by the made-up day.
     */
    public SortedMap<LocalDate, DayOff> madeUpDays(int year) {
        return madeUpDays(named(year));
    }

    /** The made-up days for the given holidays (as {@link #madeUpDays(int)}, for a changed set of holidays). */
    public static SortedMap<LocalDate, DayOff> madeUpDays(SortedMap<LocalDate, DayOff> holidays) {
        Map<LocalDate, DayOff> madeUp = new LinkedHashMap<>();
        for (DayOff holiday : holidays.values()) {
            if (!isWeekend(holiday.date())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (isWeekend(day) || holidays.containsKey(day) || madeUp.containsKey(day)) {
                day = day.plusDays(1);
            }
            madeUp.put(day, new DayOff(day, DayOff.Reason.MADE_UP_DAY,
                    "Nghỉ bù " + holiday.name() + " (" + DAY.format(holiday.date()) + ")",
                    "Khoản 3 Điều 111 " + CODE));
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(madeUp));
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
