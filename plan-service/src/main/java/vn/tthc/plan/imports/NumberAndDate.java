package vn.tthc.plan.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Settles a plan's number, place and date from its header and the caption of its appendix, which repeats
 * them. The header wins; what it leaves blank or lacks is taken from the caption, with a warning; where both
 * print one and they differ (the number's symbol, "KH-SKHCCN" against "KH-SKHCN", or the date), the header's
 * is kept, with a warning.
 */
final class NumberAndDate {

    /** The settled number, place and date; each may be null. */
    record Settled(String number, String place, LocalDate date) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NumberAndDate() {
    }

    static Settled settle(HeaderReader.Header header, AppendixHeadReader.AppendixHead appendix, int firstLine,
                          Warnings warnings) {
        return new Settled(number(header, appendix, firstLine, warnings), header.place(),
                date(header, appendix, firstLine, warnings));
    }

    private static String number(HeaderReader.Header header, AppendixHeadReader.AppendixHead appendix, int firstLine,
                                 Warnings warnings) {
        String fromCaption = appendix.captionNumber() == null ? null : HeaderReader.number(appendix.captionNumber()).orElse(null);
        if (header.numberLine() != null && header.number() != null) {
            if (appendix.captionNumber() != null && !sameNumber(header.numberText(), appendix.captionNumber())) {
                warnings.add(appendix.captionLine(), ImportWarning.NUMBER_MISMATCH, "Số ký hiệu ở đầu văn bản («"
                        + header.numberText() + "») khác với ở phụ lục («" + appendix.captionNumber() + "»); đã lấy số ở đầu văn bản");
            }
            return header.number();
        }
        if (header.numberLine() != null) {
            warnings.add(header.numberLine(), ImportWarning.NUMBER_BLANK, "Số văn bản để trống: «" + header.numberLine().text()
                    + "» (văn bản chưa ban hành?)");
        }
        if (fromCaption != null) {
            warnings.add(appendix.captionLine(), ImportWarning.FROM_APPENDIX_CAPTION, "Số văn bản lấy theo phụ lục: " + fromCaption);
            return fromCaption;
        }
        if (header.numberLine() == null) {
            warnings.add(firstLine, ImportWarning.NUMBER_MISSING, "Không có dòng «Số: …» ở đầu văn bản");
        }
        return null;
    }

    private static LocalDate date(HeaderReader.Header header, AppendixHeadReader.AppendixHead appendix, int firstLine,
                                  Warnings warnings) {
        LocalDate fromCaption = appendix.captionDate();
        if (header.date() != null) {
            if (fromCaption != null && !fromCaption.equals(header.date())) {
                warnings.add(appendix.captionLine(), ImportWarning.DATE_MISMATCH, "Ngày ở đầu văn bản (" + DAY.format(header.date())
                        + ") khác với ở phụ lục (" + DAY.format(fromCaption) + "); đã lấy ngày ở đầu văn bản");
            }
            return header.date();
        }
        if (header.dateLine() != null) {
            warnings.add(header.dateLine(), ImportWarning.DATE_INCOMPLETE, "Ngày ban hành chưa đủ ngày, tháng, năm: «"
                    + header.dateLine().text() + "»");
        } else {
            warnings.add(firstLine, ImportWarning.PLACE_DATE_MISSING, "Không có dòng địa danh, ngày tháng năm ở đầu văn bản");
        }
        if (fromCaption != null) {
            warnings.add(appendix.captionLine(), ImportWarning.FROM_APPENDIX_CAPTION, "Ngày ban hành lấy theo phụ lục: "
                    + DAY.format(fromCaption));
        }
        return fromCaption;
    }

    private static boolean sameNumber(String header, String caption) {
        boolean captionBlank = HeaderReader.number(caption).isEmpty();
        return captionBlank
                ? HeaderReader.symbol(header).equalsIgnoreCase(HeaderReader.symbol(caption))
                : header.replaceAll("\\s+", "").equalsIgnoreCase(caption.replaceAll("\\s+", ""));
    }
}
