package vn.tthc.feedback.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The months of one lunar year, from month 1 to month 12 with its leap month if it has one, and the day
 * the next year begins. Days are Julian day numbers.
 */
record LunarYear(int year, List<Month> months, long nextNewYear) {

    /** One month: its number, whether it is the leap month, its first day and its length (29 or 30). */
    record Month(int number, boolean leap, long firstDay, int length) {

        boolean contains(long day) {
            return day >= firstDay && day < firstDay + length;
        }
    }

    LunarYear {
        months = List.copyOf(months);
    }

    long newYear() {
        return months.get(0).firstDay();
    }

    Optional<Month> month(int number, boolean leap) {
        return months.stream().filter(m -> m.number() == number && m.leap() == leap).findFirst();
    }

    Optional<Month> leapMonth() {
        return months.stream().filter(Month::leap).findFirst();
    }

    Month monthContaining(long day) {
        return months.stream().filter(m -> m.contains(day)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("day " + day + " is not in lunar year " + year));
    }

    /**
     * Computes a year. A lunar year runs from month 1 to month 12; the calendar is built in spans from one
     * month 11 (the month of the December solstice) to the next, so a year takes months 1 to 10 from the
     * span that ends in its own month 11, and months 11 and 12 from the next span.
     */
    static LunarYear compute(int year, double zoneHours) {
        List<Month> earlier = solsticeSpan(year - 1, zoneHours);
        List<Month> later = solsticeSpan(year, zoneHours);
        List<Month> months = new ArrayList<>();
        earlier.stream().filter(m -> m.number() <= 10).forEach(months::add);
        later.stream().filter(m -> m.number() >= 11).forEach(months::add);
        long nextNewYear = later.stream().filter(m -> m.number() == 1 && !m.leap()).findFirst()
                .orElseThrow().firstDay();
        return new LunarYear(year, months, nextNewYear);
    }

    /**
     * The months from month 11 of lunar year {@code year} up to, not including, the next month 11. When
     * there are 13 of them, the first that contains no major solar term is the leap month and repeats the
     * number of the month before it.
     */
    private static List<Month> solsticeSpan(int year, double zoneHours) {
        long start = LunarAstronomy.month11(year, zoneHours);
        long end = LunarAstronomy.month11(year + 1, zoneHours);
        long lunation = LunarAstronomy.lunationNear(start);
        int count = end - start > 365 ? 13 : 12;
        long[] firstDays = new long[count + 1];
        for (int i = 0; i <= count; i++) {
            firstDays[i] = LunarAstronomy.newMoonDay(lunation + i, zoneHours);
        }
        if (firstDays[0] != start || firstDays[count] != end) {
            throw new IllegalStateException("inconsistent new moons around lunar year " + year);
        }
        int leapIndex = count == 13 ? leapIndex(firstDays, zoneHours) : -1;
        List<Month> months = new ArrayList<>(count);
        int number = 11;
        for (int i = 0; i < count; i++) {
            boolean leap = i == leapIndex;
            if (i > 0 && !leap) {
                number = number % 12 + 1;
            }
            months.add(new Month(number, leap, firstDays[i], (int) (firstDays[i + 1] - firstDays[i])));
        }
        return months;
    }

    private static int leapIndex(long[] firstDays, double zoneHours) {
        for (int i = 1; i < 13; i++) {
            if (LunarAstronomy.sunSector(firstDays[i], zoneHours)
                    == LunarAstronomy.sunSector(firstDays[i + 1], zoneHours)) {
                return i;
            }
        }
        throw new IllegalStateException("no month without a major solar term in a 13-month span");
    }
}
