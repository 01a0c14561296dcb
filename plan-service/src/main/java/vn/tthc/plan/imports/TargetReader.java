package vn.tthc.plan.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tthc.plan.Comparison;
import vn.tthc.plan.PlanTarget;

/**
 * Reads the targets (chỉ tiêu) of a plan from the lines of its purposes: every percentage is one.
 *
 * <p>Per sentence: the comparison is the word or sign just before the number ("≥", "tối thiểu", "ít nhất",
 * "không dưới", "đạt" → AT_LEAST; ">", "trên", "hơn" → MORE_THAN; "≤", "tối đa", "không quá" → AT_MOST; "<",
 * "dưới" → LESS_THAN). Without one, 100% is EQUAL; a number joined by "và" to the one before shares its
 * comparison and its lead-in ("tỷ lệ cắt giảm ít nhất 20% TTHC và 20% chi phí tuân thủ TTHC"); any other is
 * AT_LEAST with a warning. The deadline is the first date after a deadline word in the same sentence
 * ("Trước ngày 01/4/2023, 100% TTHC …"). The metric is the sentence's clause around the number, without the
 * number, the deadline, a leading topic ("Về thống kê, …:") and joining words ("bảo đảm", "đạt", "và", ", trong đó"). The target's text is the whole
 * sentence as printed, without its list label.
 */
final class TargetReader {

    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%");
    private static final Pattern COMPARISON = Pattern.compile("(?:(≥|>=|≤|<=|>|<)|\\b(it nhat|toi thieu|khong duoi"
            + "|khong thap hon|khong it hon|tren|hon|toi da|khong vuot qua|khong qua|khong nhieu hon|duoi|dat))\\s*$");
    private static final int COMPARISON_REACH = 25;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    private static final Pattern TOPIC = Pattern.compile("^ve\\s[^:]{1,120}:\\s*");
    private static final Pattern LEADING_JOINS = Pattern.compile("^(?:[\\s,;:]+|(?:bao dam|dam bao|dat|va)\\b)+");
    private static final Pattern TRAILING_JOINS = Pattern.compile("(?:[\\s,;:.]+|\\btrong do\\b|\\bva\\b|\\bdat\\b)+$");
    private static final Pattern VA_AT_END = Pattern.compile("(?:^|\\s)va\\s*$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A percentage in a sentence: from its comparison word (or number) to the "%". */
    private record Hit(int start, int end, Comparison comparison, BigDecimal value) {
    }

    private TargetReader() {
    }

    static List<PlanTarget> read(List<DocumentLine> lines, Warnings warnings) {
        List<PlanTarget> targets = new ArrayList<>();
        for (DocumentLine line : lines) {
            for (String sentence : SENTENCE_END.split(DocumentPatterns.withoutLabel(line.text()))) {
                targets.addAll(inSentence(line, sentence.strip(), warnings));
            }
        }
        return targets;
    }

    private static List<PlanTarget> inSentence(DocumentLine line, String sentence, Warnings warnings) {
        String folded = DocumentPatterns.fold(sentence);
        List<Hit> hits = hits(folded);
        if (hits.isEmpty()) {
            return List.of();
        }
        Optional<TimePhrases.Deadline> deadline = TimePhrases.firstDeadline(sentence);
        LocalDate due = deadline.map(TimePhrases.Deadline::date).orElse(null);
        int n = hits.size();
        int[] from = new int[n];
        int[] to = new int[n];
        boolean[] joined = new boolean[n];
        to[n - 1] = sentence.length();
        for (int i = 0; i + 1 < n; i++) {
            int gapStart = hits.get(i).end();
            String gap = folded.substring(gapStart, hits.get(i + 1).start());
            int leadIn = gap.lastIndexOf("ty le");
            if (leadIn >= 0) {
                int comma = lastBreak(gap.substring(0, leadIn));
                to[i] = gapStart + (comma >= 0 ? comma : leadIn);
                from[i + 1] = gapStart + leadIn;
            } else if (VA_AT_END.matcher(gap).find()) {
                to[i] = gapStart + gap.lastIndexOf("va");
                from[i + 1] = hits.get(i + 1).start();
                joined[i + 1] = true;
            } else {
                int comma = lastBreak(gap);
                to[i] = gapStart + (comma >= 0 ? comma : gap.length());
                from[i + 1] = comma >= 0 ? gapStart + comma + 1 : hits.get(i + 1).start();
            }
        }
        List<PlanTarget> targets = new ArrayList<>();
        String previousLeadIn = null;
        Comparison previousComparison = null;
        for (int i = 0; i < n; i++) {
            Hit hit = hits.get(i);
            String leadIn = folded.startsWith("ty le", from[i]) ? sentence.substring(from[i], hit.start()).strip() : null;
            String metric = metric(sentence, from[i], to[i], hit, deadline.orElse(null));
            Comparison comparison = hit.comparison();
            if (joined[i] && previousLeadIn != null) {
                metric = previousLeadIn + " " + metric;
                leadIn = previousLeadIn;
            }
            if (comparison == null) {
                if (hit.value().compareTo(HUNDRED) == 0) {
                    comparison = Comparison.EQUAL;
                } else if (joined[i] && previousComparison != null) {
                    comparison = previousComparison;
                } else {
                    comparison = Comparison.AT_LEAST;
                    warnings.add(line, ImportWarning.COMPARISON_ASSUMED, "Chỉ tiêu «" + sentence.substring(hit.start(), hit.end())
                            + "» không ghi so sánh (tối thiểu, trên, không quá…); đã hiểu là tối thiểu");
                }
            }
            targets.add(new PlanTarget(metric, comparison, hit.value(), "%", due, sentence));
            previousLeadIn = leadIn;
            previousComparison = comparison;
        }
        return targets;
    }

    private static List<Hit> hits(String folded) {
        List<Hit> hits = new ArrayList<>();
        Matcher percent = PERCENT.matcher(folded);
        while (percent.find()) {
            int reach = Math.max(0, percent.start() - COMPARISON_REACH);
            Matcher word = COMPARISON.matcher(folded.substring(reach, percent.start()));
            Comparison comparison = null;
            int start = percent.start();
            if (word.find()) {
                comparison = comparison(word.group(1) != null ? word.group(1) : word.group(2));
                start = reach + word.start();
            }
            BigDecimal value = new BigDecimal(percent.group(1).replace(',', '.'));
            if (comparison == Comparison.AT_LEAST && value.compareTo(HUNDRED) == 0 && "dat".equals(word.group(2))) {
                comparison = Comparison.EQUAL;
            }
            hits.add(new Hit(start, percent.end(), comparison, value));
        }
        return hits;
    }

    private static Comparison comparison(String word) {
        return switch (word) {
            case ">", "tren", "hon" -> Comparison.MORE_THAN;
            case "≤", "<=", "toi da", "khong vuot qua", "khong qua", "khong nhieu hon" -> Comparison.AT_MOST;
            case "<", "duoi" -> Comparison.LESS_THAN;
            default -> Comparison.AT_LEAST;
        };
    }

    /** The clause from..to without the number and the deadline, leading topic and joining words. */
    private static String metric(String sentence, int from, int to, Hit hit, TimePhrases.Deadline deadline) {
        StringBuilder clause = new StringBuilder(sentence.substring(from, to));
        List<int[]> cuts = new ArrayList<>();
        cuts.add(new int[] {hit.start() - from, hit.end() - from});
        boolean apart = deadline != null && (deadline.end() <= hit.start() || deadline.start() >= hit.end());
        if (apart && deadline.start() >= from && deadline.end() <= to) {
            int end = deadline.end();
            while (end < to && ",:".indexOf(sentence.charAt(end)) >= 0) {
                end++;
            }
            cuts.add(new int[] {deadline.start() - from, end - from});
        }
        cuts.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] cut : cuts) {
            clause.replace(cut[0], cut[1], " ");
        }
        String text = clause.toString().replaceAll("\\s+", " ").strip();
        text = text.substring(end(TOPIC, text));
        text = text.substring(end(LEADING_JOINS, text));
        Matcher trailing = TRAILING_JOINS.matcher(DocumentPatterns.fold(text));
        return (trailing.find() ? text.substring(0, trailing.start()) : text).strip();
    }

    private static int end(Pattern leading, String text) {
        Matcher m = leading.matcher(DocumentPatterns.fold(text));
        return m.find() ? m.end() : 0;
    }

    private static int lastBreak(String text) {
        return Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
    }
}
