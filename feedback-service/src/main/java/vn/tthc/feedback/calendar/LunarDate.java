package vn.tthc.feedback.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year the lunar year, numbered by the Gregorian year in which it begins (Tết): the year Ất Tỵ,
 *             which began on 2025-01-29, is 2025
 * @param month 1 to 12
 * @param day 1 to 30
 * @param leapMonth whether the month is the leap month (tháng nhuận) that follows the regular month of
 *                  the same number
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar month must be 1 to 12: " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar day must be 1 to 30: " + day);
        }
    }

    /** A date in a regular (not leap) month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /** Written the Vietnamese way, day/month/year, with "n" after a leap month: {@code 1/6n/2025}. */
    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? "n" : "") + "/" + year;
    }
}
