package vn.tthc.plan.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods named in folded text (see {@link FoldedText}): "quy iv/2022", "trong quy i, quy ii/2024",
 * "quy i nam 2024", "6 thang dau nam 2025", "thang 11/2023", "trong nam 2025", "nam 2023 - 2024",
 * "giai doan 2022-2025". A month or quarter without a year takes the year of the plan's period.
 */
final class PeriodMentions {

    private static final String ROMAN_OR_DIGIT = "(?:[ivx]+|[1-4])\\b";
    private static final Pattern QUARTERS = Pattern.compile("\\bquy\\s+(" + ROMAN_OR_DIGIT
            + "(?:\\s*(?:,|va|-|–|den)\\s*(?:quy\\s+)?" + ROMAN_OR_DIGIT + ")*)"
            + "(?:\\s*(?:/|nam)\\s*(\\d{4}))?");
    private static final Pattern FIRST_MONTHS = Pattern.compile("\\b(\\d{1,2})\\s+thang\\s+dau\\s+nam(?:\\s+(\\d{4}))?");
    private static final Pattern SECOND_HALF = Pattern.compile("\\b6\\s+thang\\s+cuoi\\s+nam(?:\\s+(\\d{4}))?");
    private static final Pattern MONTHS = Pattern.compile("\\bthang\\s+(\\d{1,2}(?:\\s*(?:,|va|-|–|den)\\s*(?:thang\\s+)?\\d{1,2}\\b)*)"
            + "(?:\\s*(?:/|nam)\\s*(\\d{4}))?(?!\\s*/)");
    private static final Pattern YEARS = Pattern.compile("\\b(?:nam|giai doan)\\s+(\\d{4})(?:\\s*(?:-|–|den)\\s*(?:nam\\s+)?(\\d{4}))?");
    private static final Pattern LIST_ITEM = Pattern.compile("\\b(?:[ivx]+|\\d+)\\b");
    private static final Pattern RANGE_WORD = Pattern.compile("-|–|den");

    private final DateMentions dates;

    PeriodMentions(DateMentions dates) {
        this.dates = dates;
    }

    /** A period found in a text, and whether its year had to be assumed. */
    record Found(CalendarPeriod period, boolean yearAssumed) {
    }

    /**
     * The periods a text names: one, or several when it lists quarters or months that do not follow each other
     * ("tháng 02 và tháng 8/2025" is two months, each due on its own; "quý I, quý II/2024" is one stretch).
     */
    List<Found> findAll(String folded) {
        Matcher q = QUARTERS.matcher(folded);
        if (q.find()) {
            List<Integer> quarters = numbers(q.group(1), true);
            if (quarters.size() > 1 && !consecutive(quarters) && quarters.stream().allMatch(n -> n >= 1 && n <= 4)) {
                return quarters.stream().map(n -> found(q.group(2), year -> CalendarPeriod.quarter(year, n))).toList();
            }
        } else {
            Matcher m = MONTHS.matcher(folded);
            if (m.find() && !FIRST_MONTHS.matcher(folded).find() && !SECOND_HALF.matcher(folded).find()) {
                List<Integer> months = numbers(m.group(1), false);
                if (months.size() > 1 && !consecutive(months) && months.stream().allMatch(n -> n >= 1 && n <= 12)) {
                    return months.stream().map(n -> found(m.group(2), year -> CalendarPeriod.month(year, n))).toList();
                }
            }
        }
        return find(folded).stream().toList();
    }

    /**
     * How many separate periods the text names, each form counted where no other covers it: "quý III và tháng
     * 12/2025" names two, "quý I, quý II/2024" and "6 tháng đầu năm 2025" one.
     */
    int mentions(String folded) {
        return DisjointMatches.in(folded, List.of(QUARTERS, FIRST_MONTHS, SECOND_HALF, MONTHS, YEARS)).size();
    }

    Optional<Found> find(String folded) {
        Matcher q = QUARTERS.matcher(folded);
        if (q.find()) {
            List<Integer> quarters = numbers(q.group(1), true);
            if (quarters.stream().allMatch(n -> n >= 1 && n <= 4)) {
                return Optional.of(found(q.group(2), year -> CalendarPeriod.quarters(year, min(quarters), max(quarters))));
            }
        }
        Matcher first = FIRST_MONTHS.matcher(folded);
        if (first.find()) {
            int months = Integer.parseInt(first.group(1));
            if (months >= 1 && months <= 12) {
                return Optional.of(found(first.group(2), year -> CalendarPeriod.firstMonths(year, months)));
            }
        }
        Matcher second = SECOND_HALF.matcher(folded);
        if (second.find()) {
            return Optional.of(found(second.group(1), year -> CalendarPeriod.half(year, 2)));
        }
        Matcher m = MONTHS.matcher(folded);
        if (m.find()) {
            List<Integer> months = numbers(m.group(1), false);
            if (months.stream().allMatch(n -> n >= 1 && n <= 12)) {
                return Optional.of(found(m.group(2), year -> CalendarPeriod.months(year, min(months), max(months))));
            }
        }
        Matcher y = YEARS.matcher(folded);
        if (y.find()) {
            int firstYear = Integer.parseInt(y.group(1));
            int lastYear = y.group(2) == null ? firstYear : Integer.parseInt(y.group(2));
            if (lastYear >= firstYear) {
                return Optional.of(new Found(CalendarPeriod.years(firstYear, lastYear), false));
            }
        }
        return Optional.empty();
    }

    private Found found(String year, IntFunction<CalendarPeriod> period) {
        if (year != null) {
            return new Found(period.apply(Integer.parseInt(year)), false);
        }
        return new Found(period.apply(dates.assumedYear()), dates.yearIsGuess());
    }

    /** The numbers of a list ("i, quy ii", "11, 12") with ranges ("i - iii") filled in. */
    private static List<Integer> numbers(String list, boolean roman) {
        List<Integer> values = new ArrayList<>();
        Matcher item = LIST_ITEM.matcher(list);
        int previousEnd = 0;
        while (item.find()) {
            int value = value(item.group(), roman);
            boolean range = !values.isEmpty() && RANGE_WORD.matcher(list.substring(previousEnd, item.start())).find();
            if (range) {
                for (int v = values.get(values.size() - 1) + 1; v < value; v++) {
                    values.add(v);
                }
            }
            values.add(value);
            previousEnd = item.end();
        }
        return values;
    }

    private static int value(String item, boolean roman) {
        if (Character.isDigit(item.charAt(0))) {
            return Integer.parseInt(item);
        }
        OptionalInt parsed = roman ? RomanNumerals.parse(item) : OptionalInt.empty();
        return parsed.orElse(-1);
    }

    private static boolean consecutive(List<Integer> values) {
        return values.stream().distinct().count() == values.size() && max(values) - min(values) + 1 == values.size();
    }

    private static int min(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    private static int max(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
