package vn.tthc.plan.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the front matter of a plan, before "KẾ HOẠCH": the number line ("Số: 05/KH-SKHCN", "Số: /KH-KHCN"
 * for a draft), the place-and-date line ("Sóc Trăng, ngày 27 tháng 01 năm 2025"), and the issuing agency
 * printed in capitals above the number ("SỞ KHOA HỌC VÀ CÔNG NGHỆ"; the last such line is the issuer, those
 * above it its parents). The national motto is recognised and left out; any other line is reported.
 */
final class HeaderReader {

    /**
     * What the front matter says.
     *
     * @param numberLine the "Số:" line; null when there is none
     * @param numberText what follows "Số:", as printed ("05 /KH-SKHCCN")
     * @param number     the number without spaces ("05/KH-SKHCCN"); null when there is no line or it is blank
     * @param dateLine   the place-and-date line; null when there is none
     * @param date       null when there is no line or its date is blank or partial
     */
    record Header(DocumentLine numberLine, String numberText, String number, DocumentLine dateLine, String place, LocalDate date,
                  String issuingUnit) {
    }

    private static final Pattern NUMBER = Pattern.compile("^so\\s*:?\\s*(\\S.*/.*)$");
    private static final Pattern PLACE_DATE = Pattern.compile("^([^,]{2,60}),\\s*ngay\\b(.*)$");
    private static final Pattern DATE_WORDS = Pattern.compile("thang|nam|\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}");
    private static final Pattern MOTTO = Pattern.compile(
            "^(?:cong hoa xa hoi chu nghia viet nam|doc lap\\s*[-–]\\s*tu do\\s*[-–]\\s*hanh phuc)$");

    private HeaderReader() {
    }

    static Header read(List<DocumentLine> front, Warnings warnings) {
        DocumentLine numberLine = null;
        String numberText = null;
        String number = null;
        DocumentLine dateLine = null;
        String place = null;
        LocalDate date = null;
        String unit = null;
        for (DocumentLine line : front) {
            String folded = line.folded().strip();
            Matcher n = NUMBER.matcher(folded);
            Matcher pd = PLACE_DATE.matcher(folded);
            if (numberLine == null && n.matches()) {
                numberLine = line;
                numberText = line.text().substring(n.start(1)).strip();
                number = number(numberText).orElse(null);
            } else if (dateLine == null && pd.matches() && DATE_WORDS.matcher(pd.group(2)).find()) {
                dateLine = line;
                place = line.text().substring(0, pd.end(1)).strip();
                date = DocumentDates.at(pd.group(2)).orElse(null);
            } else if (MOTTO.matcher(folded).matches()) {
                continue;
            } else if (DocumentPatterns.isUpperCase(line.text()) && line.text().length() <= 120) {
                unit = line.text();
            } else {
                warnings.add(line, ImportWarning.LINE_UNREAD, "Không rõ dòng này ở đầu văn bản: " + line.text());
            }
        }
        return new Header(numberLine, numberText, number, dateLine, place, date, unit);
    }

    /** "05 /KH-SKHCCN" as "05/KH-SKHCCN"; empty when the number before the slash is left blank ("/KH-KHCN"). */
    static Optional<String> number(String printed) {
        String compact = printed.replaceAll("\\s+", "").replaceAll("^[._…:-]+", "");
        return compact.startsWith("/") || compact.isEmpty() ? Optional.empty() : Optional.of(compact);
    }

    /** The document symbol after the number: "KH-SKHCN" in "05/KH-SKHCN" or "/KH-SKHCN". */
    static String symbol(String printed) {
        String compact = printed.replaceAll("\\s+", "");
        int slash = compact.indexOf('/');
        return slash < 0 ? compact : compact.substring(slash + 1);
    }
}
