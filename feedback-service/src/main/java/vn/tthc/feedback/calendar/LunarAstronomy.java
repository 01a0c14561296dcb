package vn.tthc.feedback.calendar;

import java.time.LocalDate;

/**
 * The two astronomical quantities the lunisolar calendar needs, in Hồ Ngọc Đức's formulation (after
 * Jean Meeus, <i>Astronomical Algorithms</i>): the local day of a new moon, and which twelfth of the
 * ecliptic the sun is in at the start of a local day. Days are Julian day numbers; the zone is an offset
 * from UTC in hours (7 for Vietnam, 8 for China).
 *
 * <p>Compared with a precise ephemeris over 1900–2150, the month starts and leap months this gives at
 * UTC+7 differ only where a new moon or a solar term falls within a minute and a half of local midnight
 * (the tests check 1968–2100 month by month).
 */
final class LunarAstronomy {

    /** Mean length of a lunation, in days. */
    static final double SYNODIC_MONTH = 29.530588853;

    /** Julian date of new moon number 0 (1900-01-01 13:52 UT), from which lunations are numbered. */
    static final double NEW_MOON_ZERO = 2415021.076998695;

    private static final double RAD = Math.PI / 180;

    /** Julian day number of 1970-01-01. */
    private static final long EPOCH_JULIAN_DAY = 2440588;

    private LunarAstronomy() {
    }

    /** The Julian day number of the local day on which new moon number {@code k} falls. */
    static long newMoonDay(long k, double zoneHours) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
                - 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly) - 0.0004 * sin(3 * moonAnomaly)
                + 0.0104 * sin(2 * latitude) - 0.0051 * sin(sunAnomaly + moonAnomaly)
                - 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * latitude + sunAnomaly)
                - 0.0004 * sin(2 * latitude - sunAnomaly) - 0.0006 * sin(2 * latitude + moonAnomaly)
                + 0.0010 * sin(2 * latitude - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        double newMoon = mean + correction - deltaT;
        return (long) Math.floor(newMoon + 0.5 + zoneHours / 24);
    }

    /**
     * Which of the twelve 30° sectors of the ecliptic (0 = from the March equinox) the sun is in at the
     * local midnight that starts day {@code jdn}. A month in which this does not change has no major
     * solar term.
     */
    static int sunSector(long jdn, double zoneHours) {
        double t = (jdn - 2451545.5 - zoneHours / 24) / 36525;
        double t2 = t * t;
        double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double center = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(anomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * anomaly) + 0.000290 * sin(3 * anomaly);
        double longitude = (meanLongitude + center) * RAD;
        longitude = longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
        return (int) Math.floor(longitude / Math.PI * 6);
    }

    /** The number of the new moon nearest to Julian day {@code jdn}. */
    static long lunationNear(long jdn) {
        return (long) Math.floor((jdn - NEW_MOON_ZERO) / SYNODIC_MONTH + 0.5);
    }

    /**
     * The Julian day number on which lunar month 11 of {@code year} begins: the month that contains the
     * December solstice of that Gregorian year.
     */
    static long month11(int year, double zoneHours) {
        long lastDayOfYear = julianDay(LocalDate.of(year, 12, 31));
        long k = (long) Math.floor((lastDayOfYear - 2415021) / SYNODIC_MONTH);
        long newMoon = newMoonDay(k, zoneHours);
        if (sunSector(newMoon, zoneHours) >= 9) {
            newMoon = newMoonDay(k - 1, zoneHours);
        }
        return newMoon;
    }

    /** The Julian day number of a (proleptic Gregorian) date. */
    static long julianDay(LocalDate date) {
        return date.toEpochDay() + EPOCH_JULIAN_DAY;
    }

    static LocalDate date(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - EPOCH_JULIAN_DAY);
    }

    private static double sin(double degrees) {
        return Math.sin(degrees * RAD);
    }
}
