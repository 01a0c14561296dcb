package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.RomanNumerals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tthc.plan.PlanPeriod;

/**
 * The period a plan covers, as its title names it: "giai đoạn 2022-2025" or "năm 2023 - 2024" (those years),
 * "6 tháng đầu năm 2025" / "04 tháng cuối năm 2025" (those first or last months of the year), "quý IV/2022" or "quý IV năm 2022" (that
 * quarter), "năm 2025" (that year). The first of these kinds found wins, in that order.
 */
final class PlanPeriods {

    private static final Pattern YEARS = Pattern.compile("\\b(?:giai doan|nam)\\s+(\\d{4})\\s*[-–]\\s*(?:nam\\s+)?(\\d{4})\\b");
    /** "04 tháng cuối năm 2025", "6 tháng đầu năm 2025", "9 tháng đầu năm" (the year elsewhere in the text). */
    private static final Pattern MONTHS_OF_YEAR = Pattern.compile(
            "\\b0?(\\d{1,2})\\s+thang\\s+(dau|cuoi)\\s+(?:cua\\s+)?nam(?:\\s*,?\\s*(?:nam\\s+)?(\\d{4}))?\\b");
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(\\d{4})\\b");
    private static final Pattern QUARTER = Pattern.compile("\\bquy\\s+([ivx]+|[1-4])\\s*(?:/|nam)\\s*(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\bnam\\s+(\\d{4})\\b");
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private PlanPeriods() {
    }

    static Optional<PlanPeriod> in(String text) {
        String folded = DocumentPatterns.fold(text);
        Matcher years = YEARS.matcher(folded);
        if (years.find() && plausible(years.group(1)) && plausible(years.group(2))) {
            int first = Integer.parseInt(years.group(1));
            int last = Integer.parseInt(years.group(2));
            if (last >= first) {
                return Optional.of(PlanPeriod.years(first, last));
            }
        }
        Matcher part = MONTHS_OF_YEAR.matcher(folded);
        if (part.find()) {
            int months = Integer.parseInt(part.group(1));
            OptionalInt year = part.group(3) != null && plausible(part.group(3))
                    ? OptionalInt.of(Integer.parseInt(part.group(3))) : anyYear(folded);
            if (months >= 1 && months <= 12 && year.isPresent()) {
                int y = year.getAsInt();
                return Optional.of(part.group(2).equals("dau")
                        ? new PlanPeriod(LocalDate.of(y, 1, 1), YearMonth.of(y, months).atEndOfMonth())
                        : new PlanPeriod(YearMonth.of(y, 13 - months).atDay(1), LocalDate.of(y, 12, 31)));
            }
        }
        Matcher quarter = QUARTER.matcher(folded);
        if (quarter.find() && plausible(quarter.group(2))) {
            OptionalInt q = quarterNumber(quarter.group(1));
            if (q.isPresent()) {
                int year = Integer.parseInt(quarter.group(2));
                return Optional.of(new PlanPeriod(YearMonth.of(year, q.getAsInt() * 3 - 2).atDay(1),
                        YearMonth.of(year, q.getAsInt() * 3).atEndOfMonth()));
            }
        }
        Matcher year = YEAR.matcher(folded);
        while (year.find()) {
            if (plausible(year.group(1))) {
                return Optional.of(PlanPeriod.year(Integer.parseInt(year.group(1))));
            }
        }
        return Optional.empty();
    }

    private static OptionalInt anyYear(String folded) {
        Matcher year = ANY_YEAR.matcher(folded);
        while (year.find()) {
            if (plausible(year.group(1))) {
                return OptionalInt.of(Integer.parseInt(year.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt quarterNumber(String text) {
        OptionalInt value = Character.isDigit(text.charAt(0)) ? OptionalInt.of(Integer.parseInt(text)) : RomanNumerals.parse(text);
        return value.isPresent() && value.getAsInt() >= 1 && value.getAsInt() <= 4 ? value : OptionalInt.empty();
    }

    private static boolean plausible(String year) {
        int value = Integer.parseInt(year);
        return value >= FIRST_YEAR && value <= LAST_YEAR;
    }
}
