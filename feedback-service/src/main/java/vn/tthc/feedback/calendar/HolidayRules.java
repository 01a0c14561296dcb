package vn.tthc.feedback.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The public holidays that the law fixes (Labour Code 2019, article 112), computed for a year. The days
 * the government sets each year — which five days make up Tết, compensatory days, swapped working days —
 * are data: see {@link YearOverrides}.
 *
 * <ul>
 *   <li>1 January (Tết Dương lịch);</li>
 *   <li>Tết Nguyên đán: five days; by default the last day of the lunar year and the first four of the new
 *       one, configurable as days before and days from mùng 1;</li>
 *   <li>Hùng Kings' commemoration day, 10th day of the 3rd lunar month (not of a leap 3rd month);</li>
 *   <li>30 April and 1 May;</li>
 *   <li>2 September and one day next to it, 1 or 3 September (1 September by default).</li>
 * </ul>
 * Lunar dates are reckoned with {@link LunarCalendar#VIETNAM}. Holidays that fall on a weekend are listed
 * all the same; whether a day off is given in compensation is a yearly decision, entered as an override.
 *
 * @param nationalDayCompanion the day off next to 2 September: 1 or 3 September
 * @param tetDaysBeforeNewYear how many of the Tết days come before mùng 1 (the last days of the old year)
 * @param tetDaysFromNewYear how many of the Tết days are mùng 1 and the days after it
 */
public record HolidayRules(MonthDay nationalDayCompanion, int tetDaysBeforeNewYear, int tetDaysFromNewYear) {

    public static final MonthDay NEW_YEAR = MonthDay.of(Month.JANUARY, 1);
    public static final MonthDay REUNIFICATION_DAY = MonthDay.of(Month.APRIL, 30);
    public static final MonthDay LABOUR_DAY = MonthDay.of(Month.MAY, 1);
    public static final MonthDay NATIONAL_DAY = MonthDay.of(Month.SEPTEMBER, 2);

    /** 2 and 1 September; Tết from the last day of the lunar year to mùng 4. */
    public static final HolidayRules DEFAULT = new HolidayRules(MonthDay.of(Month.SEPTEMBER, 1), 1, 4);

    public HolidayRules {
        if (!MonthDay.of(Month.SEPTEMBER, 1).equals(nationalDayCompanion)
                && !MonthDay.of(Month.SEPTEMBER, 3).equals(nationalDayCompanion)) {
            throw new IllegalArgumentException("the day off next to 2 September is 1 or 3 September, not "
                    + nationalDayCompanion);
        }
        if (tetDaysBeforeNewYear < 0 || tetDaysFromNewYear < 0 || tetDaysBeforeNewYear + tetDaysFromNewYear < 1) {
            throw new IllegalArgumentException("Tết needs at least one day and no negative counts: "
                    + tetDaysBeforeNewYear + " before, " + tetDaysFromNewYear + " from mùng 1");
        }
    }

    /** All holidays falling in a Gregorian year, weekends included. */
    public SortedSet<LocalDate> holidays(int year) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (MonthDay day : new MonthDay[] {NEW_YEAR, REUNIFICATION_DAY, LABOUR_DAY, NATIONAL_DAY, nationalDayCompanion}) {
            days.add(day.atYear(year));
        }
        days.addAll(tet(year));
        days.add(hungKingsDay(year));
        return Collections.unmodifiableSortedSet(days);
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
}
