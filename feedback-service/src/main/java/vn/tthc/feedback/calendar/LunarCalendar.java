package vn.tthc.feedback.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts between Gregorian (dương lịch) and lunar (âm lịch) dates.
 *
 * <p>The rules are those of the modern Chinese and Vietnamese calendars: a month begins on the day of a new
 * moon, the month containing the December solstice is month 11, and in a solstice-to-solstice span of 13
 * months the first month without a major solar term is a leap month. Days are reckoned at a fixed offset
 * from UTC: {@link #VIETNAM} uses UTC+7, the offset Vietnam has used for its calendar since 1968. A Chinese
 * calendar (UTC+8) puts new year on another day in some years, e.g. 1985 (Vietnam 21 January, China
 * 20 February) and 2007 (17 and 18 February). For dates before 1968 this still reckons at the chosen
 * offset, so it may differ from the calendars then in use.
 *
 * <p>The astronomy is Hồ Ngọc Đức's widely used formulation of Meeus' algorithms. It agrees with a precise
 * ephemeris on every month of 1968–2100 except where a new moon falls within about a minute of midnight.
 * (ICU4J's {@code ChineseCalendar} can be reckoned at UTC+7 through its protected constructor, as its
 * Korean calendar is at UTC+9, but its new moons are several minutes off: it starts months such as those
 * of 1995-09-24, 1997-12-29 and 2051-03-12 a day late.)
 * Supported lunar years: {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Instances are thread-safe; computed
 * years are cached.
 */
public final class LunarCalendar {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    /** The Vietnamese lunar calendar, reckoned at UTC+7. */
    public static final LunarCalendar VIETNAM = at(ZoneOffset.ofHours(7));

    private final ZoneOffset offset;
    private final double zoneHours;
    private final Map<Integer, LunarYear> years = new ConcurrentHashMap<>();

    private LunarCalendar(ZoneOffset offset) {
        this.offset = offset;
        this.zoneHours = offset.getTotalSeconds() / 3600.0;
    }

    /** A lunar calendar reckoned at another offset, e.g. UTC+8 for the Chinese one. */
    public static LunarCalendar at(ZoneOffset offset) {
        return new LunarCalendar(offset);
    }

    public ZoneOffset offset() {
        return offset;
    }

    /**
     * The lunar date of a Gregorian date.
     *
     * @throws IllegalArgumentException if the date is outside the supported lunar years
     */
    public LunarDate toLunar(LocalDate date) {
        long day = LunarAstronomy.julianDay(date);
        LunarYear year = year(Math.min(date.getYear(), LAST_YEAR), date);
        if (day < year.newYear()) {
            year = year(year.year() - 1, date);
        }
        if (day >= year.nextNewYear()) {
            throw outOfRange(date);
        }
        LunarYear.Month month = year.monthContaining(day);
        return new LunarDate(year.year(), month.number(), (int) (day - month.firstDay()) + 1, month.leap());
    }

    /**
     * The Gregorian date of a lunar date.
     *
     * @throws IllegalArgumentException if there is no such date (a leap month the year does not have, or
     *                                  day 30 of a 29-day month), or it is outside the supported years
     */
    public LocalDate toSolar(LunarDate date) {
        LunarYear.Month month = year(date.year(), date).month(date.month(), date.leapMonth())
                .orElseThrow(() -> new IllegalArgumentException(
                        "lunar year " + date.year() + " has no leap month " + date.month()));
        if (date.day() > month.length()) {
            throw new IllegalArgumentException("lunar month " + date.month() + (date.leapMonth() ? "n" : "") + "/"
                    + date.year() + " has " + month.length() + " days: " + date);
        }
        return LunarAstronomy.date(month.firstDay() + date.day() - 1);
    }

    /** The first day of a lunar year (mùng 1 Tết). */
    public LocalDate newYear(int lunarYear) {
        return LunarAstronomy.date(year(lunarYear, lunarYear).newYear());
    }

    /** The last day of a lunar year (the day before the next mùng 1 Tết, "30 Tết" even when it is the 29th). */
    public LocalDate lastDayOfYear(int lunarYear) {
        return LunarAstronomy.date(year(lunarYear, lunarYear).nextNewYear() - 1);
    }

    /** The number of the month that a lunar year repeats as its leap month, if it has one. */
    public OptionalInt leapMonth(int lunarYear) {
        return year(lunarYear, lunarYear).leapMonth().map(m -> OptionalInt.of(m.number())).orElse(OptionalInt.empty());
    }

    /**
     * The length of a lunar month, 29 or 30 days.
     *
     * @throws IllegalArgumentException if the year has no such month
     */
    public int monthLength(int lunarYear, int month, boolean leapMonth) {
        return year(lunarYear, lunarYear).month(month, leapMonth)
                .orElseThrow(() -> new IllegalArgumentException("lunar year " + lunarYear + " has no leap month " + month))
                .length();
    }

    private LunarYear year(int lunarYear, Object asked) {
        if (lunarYear < FIRST_YEAR || lunarYear > LAST_YEAR) {
            throw outOfRange(asked);
        }
        return years.computeIfAbsent(lunarYear, y -> LunarYear.compute(y, zoneHours));
    }

    private static IllegalArgumentException outOfRange(Object asked) {
        return new IllegalArgumentException(
                asked + " is outside the supported lunar years " + FIRST_YEAR + "-" + LAST_YEAR);
    }

    @Override
    public String toString() {
        return "LunarCalendar[UTC" + offset + "]";
    }
}
