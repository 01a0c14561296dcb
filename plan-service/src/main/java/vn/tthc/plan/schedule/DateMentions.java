package vn.tthc.plan.schedule;

import vn.tthc.plan.PlanPeriod;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written Vietnamese style in folded text (see {@link FoldedText}): {@code 15/9/2024}, {@code 15-9-2024},
 * {@code ngay 15 thang 9 nam 2024}, and without a year {@code 15/9} or {@code ngay 15 thang 9}, which take the
 * year of the plan's period.
 */
final class DateMentions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<Pattern> FULL = List.of(
            Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?!\\d)"),
            Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*(?:,\\s*)?nam\\s+(\\d{4})"));
    private static final List<Pattern> WITHOUT_YEAR = List.of(
            Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/])"),
            Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\b(?!\\s*(?:/|nam)\\s*\\d)"));
    /** Words that introduce a deadline and say nothing else: "trước ngày", "chậm nhất", "hạn". */
    static final Pattern DEADLINE_WORDS = Pattern.compile(
            "\\b(?:truoc hoac (?:vao|trong) ngay|truoc ngay|truoc|cham nhat (?:la )?(?:ngay|vao ngay|truoc ngay)?|cham nhat"
                    + "|han chot|thoi han|han|den ngay|vao ngay|xong|hoan thanh|ngay)\\b");

    private final PlanPeriod period;

    DateMentions(PlanPeriod period) {
        this.period = period;
    }

    /** A date found in a text, where it is, and whether its year had to be assumed. */
    record Found(int start, int end, LocalDate date, boolean yearAssumed) {
    }

    /** All dates in the text in reading order; impossible dates (31/02/2024) are reported to the sink. */
    List<Found> find(String folded, List<ScheduleWarning> sink) {
        List<Found> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Pattern pattern : FULL) {
            Matcher m = pattern.matcher(folded);
            while (m.find()) {
                boolean numeric = m.groupCount() == 4;
                int day = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(numeric ? 3 : 2));
                int year = Integer.parseInt(m.group(numeric ? 4 : 3));
                taken.add(new int[] {m.start(), m.end()});
                add(found, sink, m, day, month, year, false);
            }
        }
        for (Pattern pattern : WITHOUT_YEAR) {
            Matcher m = pattern.matcher(folded);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                taken.add(new int[] {m.start(), m.end()});
                add(found, sink, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), assumedYear(), true);
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    static String format(LocalDate date) {
        return DAY.format(date);
    }

    /** The year a date without one belongs to: the plan's year, or its first year for a multi-year plan. */
    int assumedYear() {
        return period.singleYear().orElse(period.start().getYear());
    }

    /** Whether a year taken from the plan's period is a guess (the plan covers several years). */
    boolean yearIsGuess() {
        return period.singleYear().isEmpty();
    }

    private void add(List<Found> found, List<ScheduleWarning> sink, Matcher m, int day, int month, int year,
                     boolean yearAssumed) {
        try {
            found.add(new Found(m.start(), m.end(), LocalDate.of(year, month, day), yearAssumed));
        } catch (DateTimeException e) {
            sink.add(new ScheduleWarning(ScheduleWarning.INVALID_DATE,
                    "Ngày không hợp lệ: " + day + "/" + month + "/" + year));
        }
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(span -> start < span[1] && end > span[0]);
    }
}
