package vn.tthc.plan.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a plan's header and captions print them, in folded text: "27 thang 01 nam 2025" (after "ngày"),
 * "27/01/2025", "03 / 01/2024". A date with a blank day or month ("ngày tháng 11 năm 2022") is no date.
 */
final class DocumentDates {

    private static final Pattern WORDS = Pattern.compile("^\\s*(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*,?\\s*nam\\s+(\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("^\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?!\\d)");

    private DocumentDates() {
    }

    /** The date at the start of folded text (what follows "ngày"); empty when it is blank, partial or impossible. */
    static Optional<LocalDate> at(String folded) {
        for (Pattern pattern : new Pattern[] {WORDS, NUMERIC}) {
            Matcher m = pattern.matcher(folded);
            if (m.find()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String day, String month, String year) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
