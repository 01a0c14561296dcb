package vn.tthc.plan.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines between the "Phụ lục" heading and the appendix table: the appendix's title ("NỘI DUNG THỰC
 * HIỆN CÔNG TÁC KIỂM SOÁT …") and its caption, which repeats the plan's number, date and issuer ("(Kèm theo Kế
 * hoạch số: /KH-SKHCN ngày 27 tháng 01 năm 2025 của Sở Khoa học và Công nghệ tỉnh Sóc Trăng)"). Lines after
 * the caption are reported.
 */
final class AppendixHeadReader {

    /**
     * What the appendix's head says.
     *
     * @param title         its title lines joined; null when there is none
     * @param captionLine   the caption; null when there is none
     * @param captionNumber the plan's number as the caption prints it, without spaces ("/KH-SKHCN" when blank)
     * @param captionDate   null when the caption has no full date
     * @param captionUnit   the issuer it names; null when none
     */
    record AppendixHead(String title, DocumentLine captionLine, String captionNumber, LocalDate captionDate,
                        String captionUnit) {
    }

    private static final Pattern CAPTION = Pattern.compile(
            "\\bkem theo\\b.*?\\bke hoach\\s+so\\s*:?\\s*(.*?)\\s*\\bngay\\b(.*?)(?:\\bcua\\s+(.+?))?[\\s).]*$");

    private AppendixHeadReader() {
    }

    static AppendixHead read(List<DocumentLine> lines, Warnings warnings) {
        List<String> title = new ArrayList<>();
        DocumentLine captionLine = null;
        String number = null;
        LocalDate date = null;
        String unit = null;
        for (DocumentLine line : lines) {
            Matcher caption = CAPTION.matcher(line.folded());
            if (captionLine == null && caption.find()) {
                captionLine = line;
                number = line.text().substring(caption.start(1), caption.end(1)).replaceAll("\\s+", "");
                number = number.isEmpty() ? null : number;
                date = DocumentDates.at(caption.group(2)).orElse(null);
                unit = caption.group(3) == null ? null : line.text().substring(caption.start(3), caption.end(3)).strip();
            } else if (captionLine == null) {
                title.add(line.text());
            } else {
                warnings.add(line, ImportWarning.LINE_UNREAD, "Không rõ dòng này ở đầu phụ lục: " + line.text());
            }
        }
        return new AppendixHead(title.isEmpty() ? null : String.join(" ", title), captionLine, number, date, unit);
    }
}
