package vn.tthc.plan.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tthc.plan.schedule.RecurrenceRule.Frequency;

/**
 * Recurrence rules in folded text (see {@link FoldedText}): "dinh ky hang thang (truoc ngay 22)",
 * "hang quy va nam (truoc ngay 19 cua thang cuoi quy va truoc ngay 19 thang 12)", "hang thang, quy va nam",
 * "01 nam 2 lan (6 thang/lan)", "dinh ky 6 thang". Each due day belongs to the frequencies named just before it.
 */
final class RecurrenceText {

    private static final String UNIT = "(?:6 thang|sau thang|thang|quy|nam)";
    private static final Pattern GROUP = Pattern.compile("\\b(?:hang|moi|dinh ky)\\s+(" + UNIT
            + "(?:\\s*(?:,|va|hoac)\\s*(?:hang\\s+)?" + UNIT + ")*)\\b");
    private static final Pattern UNIT_WORD = Pattern.compile(UNIT);
    private static final Pattern TIMES_PER_YEAR = Pattern.compile("\\b0?1\\s+nam\\s+0?(\\d{1,2})\\s+lan\\b|\\b0?(\\d{1,2})\\s+lan\\s*/\\s*nam\\b");
    private static final Pattern MONTHS_PER_TIME = Pattern.compile("\\b0?(\\d{1,2})\\s+thang\\s*(?:/|mot|1)\\s*lan\\b");
    private static final Pattern DUE_DAY = Pattern.compile(
            "\\bngay\\s+(\\d{1,2})\\b(?!\\s*[/.-]\\s*\\d)(?:\\s+(?:cua\\s+)?thang\\s+(\\d{1,2})\\b(?!\\s*/))?"
                    + "|(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})\\b(?!\\s*/)");
    /** "Quý I hằng năm", "tháng 12 hằng năm": a yearly rule due at the end of that quarter or month of each year. */
    private static final Pattern YEARLY_IN_QUARTER = Pattern.compile("\\bquy\\s+([ivx]+|[1-4])\\b(?!\\s*(?:/|nam\\s+\\d))");
    private static final Pattern YEARLY_IN_MONTH = Pattern.compile("\\bthang\\s+(\\d{1,2})\\b(?!\\s*(?:/|nam\\s+\\d))");
    /** "tháng cuối quý", "tháng cuối của 6 tháng": the period whose last month a due day is in. */
    private static final Pattern LAST_MONTH_OF = Pattern.compile("\\bthang cuoi\\s+(?:cua\\s+)?(?:moi\\s+|mot\\s+)?("
            + UNIT + ")\\b(?!\\s*/?\\s*\\d{4})");
    private static final Pattern DAY_OR_PERIODIC = Pattern.compile("\\bdinh ky\\b|\\bngay\\s+\\d");

    private RecurrenceText() {
    }

    /** The rules named in the text, one per frequency; empty when the text names no recurrence. */
    static List<RecurrenceRule> parse(String folded) {
        List<Group> groups = groups(folded);
        if (groups.isEmpty()) {
            return List.of();
        }
        assignDays(folded, groups);
        Map<Frequency, RecurrenceRule> rules = new LinkedHashMap<>();
        for (Group group : groups) {
            for (RecurrenceRule rule : group.rules()) {
                RecurrenceRule known = rules.get(rule.frequency());
                if (known == null || known.dayOfMonth() == null && rule.dayOfMonth() != null) {
                    rules.put(rule.frequency(), rule);
                }
            }
        }
        RecurrenceRule yearly = rules.get(Frequency.YEARLY);
        if (yearly != null && yearly.dayOfMonth() == null) {
            monthOfTheYear(folded).ifPresent(month -> rules.put(Frequency.YEARLY, new RecurrenceRule(Frequency.YEARLY, 31, month)));
        }
        return List.copyOf(rules.values());
    }

    /** The month a yearly text falls due at the end of: the last month of the quarter or the month it names. */
    private static Optional<Integer> monthOfTheYear(String folded) {
        Matcher quarter = YEARLY_IN_QUARTER.matcher(folded);
        if (quarter.find()) {
            OptionalInt q = Character.isDigit(quarter.group(1).charAt(0))
                    ? OptionalInt.of(Integer.parseInt(quarter.group(1))) : RomanNumerals.parse(quarter.group(1));
            if (q.isPresent() && q.getAsInt() >= 1 && q.getAsInt() <= 4) {
                return Optional.of(q.getAsInt() * 3);
            }
        }
        Matcher month = YEARLY_IN_MONTH.matcher(folded);
        if (month.find()) {
            int m = Integer.parseInt(month.group(1));
            if (m >= 1 && m <= 12) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Whether the text speaks of a recurrence at all, even one it does not name a frequency for. */
    static boolean mentionsRecurrence(String folded) {
        return !groups(folded).isEmpty() || folded.contains("dinh ky");
    }

    private static List<Group> groups(String folded) {
        List<Group> groups = new ArrayList<>();
        Matcher m = GROUP.matcher(folded);
        while (m.find()) {
            List<Frequency> frequencies = new ArrayList<>();
            Matcher unit = UNIT_WORD.matcher(m.group(1));
            while (unit.find()) {
                frequencies.add(frequencyOf(unit.group()));
            }
            groups.add(new Group(m.start(), frequencies));
        }
        addCounted(folded, TIMES_PER_YEAR, groups, true);
        addCounted(folded, MONTHS_PER_TIME, groups, false);
        addLastMonthOf(folded, groups);
        groups.sort((a, b) -> Integer.compare(a.position, b.position));
        return groups;
    }

    private static void addCounted(String folded, Pattern pattern, List<Group> groups, boolean timesPerYear) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(m.groupCount());
            int n = Integer.parseInt(number);
            if (n == 0 || timesPerYear && 12 % n != 0) {
                continue;
            }
            int months = timesPerYear ? 12 / n : n;
            Frequency.ofMonths(months).ifPresent(f -> groups.add(new Group(m.start(), List.of(f))));
        }
    }

    /**
     * "Định kỳ trước ngày 25 tháng cuối quý": the period of "tháng cuối …" is the frequency, unless the text
     * already names it ("hằng quý … trước ngày 19 của tháng cuối quý").
     */
    private static void addLastMonthOf(String folded, List<Group> groups) {
        if (!DAY_OR_PERIODIC.matcher(folded).find()) {
            return;
        }
        Matcher m = LAST_MONTH_OF.matcher(folded);
        while (m.find()) {
            Frequency frequency = frequencyOf(m.group(1));
            if (groups.stream().noneMatch(g -> g.frequencies.contains(frequency))) {
                groups.add(new Group(m.start(), List.of(frequency)));
            }
        }
    }

    private static void assignDays(String folded, List<Group> groups) {
        Matcher day = DUE_DAY.matcher(folded);
        while (day.find()) {
            Group owner = groups.get(0);
            for (Group group : groups) {
                if (group.position <= day.start()) {
                    owner = group;
                }
            }
            boolean numeric = day.group(3) != null;
            String monthText = numeric ? day.group(4) : day.group(2);
            int month = monthText == null ? 0 : Integer.parseInt(monthText);
            owner.days.add(new int[] {Integer.parseInt(numeric ? day.group(3) : day.group(1)), month});
        }
    }

    private static Frequency frequencyOf(String unit) {
        switch (unit) {
            case "thang":
                return Frequency.MONTHLY;
            case "quy":
                return Frequency.QUARTERLY;
            case "nam":
                return Frequency.YEARLY;
            default:
                return Frequency.SIX_MONTHLY;
        }
    }

    /** Frequencies named together ("hang quy va nam") and the due days written after them. */
    private static final class Group {
        private final int position;
        private final List<Frequency> frequencies;
        private final List<int[]> days = new ArrayList<>();

        Group(int position, List<Frequency> frequencies) {
            this.position = position;
            this.frequencies = frequencies;
        }

        /** One day for all frequencies, or one day each in order; frequencies left over end with their period. */
        List<RecurrenceRule> rules() {
            List<RecurrenceRule> rules = new ArrayList<>();
            for (int i = 0; i < frequencies.size(); i++) {
                int[] day = days.size() == 1 ? days.get(0) : i < days.size() ? days.get(i) : null;
                rules.add(rule(frequencies.get(i), day));
            }
            return rules;
        }

        private static RecurrenceRule rule(Frequency frequency, int[] day) {
            if (day == null || day[0] < 1 || day[0] > 31) {
                return RecurrenceRule.endOfPeriod(frequency);
            }
            Integer month = frequency == Frequency.YEARLY && day[1] >= 1 && day[1] <= 12 ? day[1] : null;
            return new RecurrenceRule(frequency, day[0], month);
        }
    }
}
