package vn.tthc.plan.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tthc.plan.schedule.DisjointMatches;

/**
 * The phrases of running text that say when something is due, for text that is not a time column: a date
 * after a deadline word ("trước ngày 01/4/2023", "(xong trước ngày 10/11/2022)", "chậm nhất 10/01/2022");
 * "trong" and a year, period, month or quarters ("trong năm 2025", "trong giai đoạn 2022-2025", "trong quý I,
 * quý II/2024"); a quarter with its year ("Quý IV/2022"); "hàng tháng/quý/năm" with an optional "(trước ngày
 * 22)"; "thường xuyên"; "khi có phát sinh". A date without a deadline word ("Công văn … ngày 12/10/2022") or a
 * period without "trong" ("Tổ … giai đoạn 2022-2025") names a document or a body, not a time, and is left.
 */
final class TimePhrases {

    /** A date found after a deadline word, where the phrase is in the text. */
    record Deadline(int start, int end, LocalDate date) {
    }

    private static final String DATE = "(\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}|\\d{1,2}\\s+thang\\s+\\d{1,2}\\s*,?\\s+nam\\s+\\d{4})";
    private static final Pattern DEADLINE = Pattern.compile("(?:\\b(?:xong|hoan thanh|ban hanh)\\s+)?"
            + "\\b(?:truoc|cham nhat(?:\\s+la)?|han chot|den)(?:\\s+(?:vao\\s+)?ngay)?\\s*:?\\s*" + DATE + "(?!\\d)");
    private static final String QUARTER = "(?:[ivx]+|[1-4])\\b";
    private static final Pattern WITHIN = Pattern.compile("\\btrong\\s+(?:nam\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?"
            + "|giai doan\\s+\\d{4}\\s*[-–]\\s*\\d{4}|thang\\s+\\d{1,2}\\s*/\\s*\\d{4}"
            + "|(?:cac\\s+)?quy\\s+" + QUARTER + "(?:\\s*(?:,|va|-)\\s*(?:quy\\s+)?" + QUARTER + ")*(?:\\s*(?:/|nam)\\s*\\d{4})?)"
            + "|\\bquy\\s+[ivx]+\\s*/\\s*\\d{4}");
    private static final Pattern RECURRING = Pattern.compile(
            "\\b(?:dinh ky\\s+)?hang\\s+(?:thang|quy|nam)\\b(?:\\s*\\(truoc ngay\\s+\\d{1,2}\\))?");
    private static final Pattern ONGOING = Pattern.compile("\\bthuong xuyen\\b");
    private static final Pattern ON_DEMAND = Pattern.compile("\\bkhi co phat sinh\\b");
    private static final List<Pattern> ALL = List.of(DEADLINE, WITHIN, RECURRING, ONGOING, ON_DEMAND);

    private TimePhrases() {
    }

    /** The time phrases of a text, as printed, in reading order; empty when it names no time. */
    static List<String> in(String text) {
        String folded = DocumentPatterns.fold(text);
        return DisjointMatches.in(folded, ALL).stream().map(s -> text.substring(s[0], s[1]).strip()).toList();
    }

    /** The first date after a deadline word; empty when there is none or the date is impossible. */
    static Optional<Deadline> firstDeadline(String text) {
        Matcher m = DEADLINE.matcher(DocumentPatterns.fold(text));
        while (m.find()) {
            Optional<LocalDate> date = DocumentDates.at(m.group(1));
            if (date.isPresent()) {
                return Optional.of(new Deadline(m.start(), m.end(), date.get()));
            }
        }
        return Optional.empty();
    }
}
