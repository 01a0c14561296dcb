package vn.tthc.plan.schedule;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels for milestones from the words printed next to their date: a period the words name becomes its
 * usual label ("Báo cáo Quý I" due 15/3/2022 becomes "Quý I/2022", "6 tháng" becomes "6 tháng đầu năm 2022",
 * "Năm" becomes "Năm 2022"); other words are kept as printed ("giai đoạn 1"); no words give "Hạn 15/03/2022".
 */
final class MilestoneLabels {

    private static final Pattern QUARTER = Pattern.compile("\\bquy\\s+([ivx]+|[1-4])\\b");
    private static final Pattern FIRST_MONTHS = Pattern.compile("\\b(\\d{1,2})\\s+thang\\b");
    private static final Pattern MONTH = Pattern.compile("\\bthang\\s+(\\d{1,2})\\b");
    private static final Pattern YEAR = Pattern.compile("^(?:bao cao\\s+)?(?:ca\\s+|hang\\s+)?nam$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s·;:,|()\\-–.]+|[\\s·;:,|()\\-–.]+$");

    private MilestoneLabels() {
    }

    /** The label for a milestone due on {@code due}, from the words printed around its date (date removed). */
    static String label(String words, LocalDate due) {
        String printed = withoutDeadlineWords(FoldedText.of(words));
        String folded = FoldedText.of(printed).folded();
        Matcher quarter = QUARTER.matcher(folded);
        if (quarter.find()) {
            OptionalInt q = quarterNumber(quarter.group(1));
            if (q.isPresent()) {
                return fitting(due, year -> CalendarPeriod.quarter(year, q.getAsInt())).label();
            }
        }
        Matcher months = FIRST_MONTHS.matcher(folded);
        if (months.find()) {
            int n = Integer.parseInt(months.group(1));
            if (n >= 1 && n <= 12) {
                return fitting(due, year -> CalendarPeriod.firstMonths(year, n)).label();
            }
        }
        Matcher month = MONTH.matcher(folded);
        if (month.find()) {
            int m = Integer.parseInt(month.group(1));
            if (m >= 1 && m <= 12) {
                return fitting(due, year -> CalendarPeriod.month(year, m)).label();
            }
        }
        if (YEAR.matcher(folded).matches()) {
            return CalendarPeriod.year(due.getYear()).label();
        }
        return printed.isEmpty() ? "Hạn " + DateMentions.format(due) : printed;
    }

    /** The period of the due date's year, or of the year before when that one starts after the due date. */
    private static CalendarPeriod fitting(LocalDate due, IntFunction<CalendarPeriod> period) {
        CalendarPeriod sameYear = period.apply(due.getYear());
        return sameYear.start().isAfter(due) ? period.apply(due.getYear() - 1) : sameYear;
    }

    private static OptionalInt quarterNumber(String numeral) {
        return Character.isDigit(numeral.charAt(0))
                ? OptionalInt.of(Integer.parseInt(numeral))
                : RomanNumerals.parse(numeral);
    }

    private static String withoutDeadlineWords(FoldedText text) {
        StringBuilder kept = new StringBuilder();
        Matcher m = DateMentions.DEADLINE_WORDS.matcher(text.folded());
        int from = 0;
        while (m.find()) {
            kept.append(text.original(from, m.start())).append(' ');
            from = m.end();
        }
        kept.append(text.original(from, text.original().length()));
        return EDGE_PUNCTUATION.matcher(kept.toString().replaceAll("\\s+", " ")).replaceAll("").strip();
    }
}
