package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.RomanNumerals;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tthc.plan.TextItems;
import vn.tthc.platform.text.VietnameseText;

/**
 * What the lines of a plan document's prose look like: numbered headings and items, list markers, the
 * headings and closing lines every plan has. Patterns on folded text ({@link VietnameseText#foldSameLength})
 * so that positions found in them are positions in the printed text.
 */
final class DocumentPatterns {

    /** A labelled line: "II. NỘI DUNG", "1. Mục đích", "2.1. …", "a) …". */
    record Labelled(String label, String text) {
    }

    /** The kinds of document a plan cites: "Nghị định", "Quyết định", "Kế hoạch", … */
    static final String DOCUMENT_TYPE = "(?:bo luat|luat|phap lenh|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi"
            + "|ke hoach|cong van|van ban|chuong trinh|thong bao|huong dan|de an|cong dien)";
    /** Words a unit's name begins with ("Sở …", "Văn phòng …", "Ủy ban …", "Các phòng …"). */
    static final Pattern UNIT_START = Pattern.compile("^(?:so|uy ban|ubnd|van phong|phong|ban|thanh tra|trung tam"
            + "|chi cuc|cuc|bo|cac|thu truong|truong|giam doc|chu tich|cong an|bao hiem|hoi dong|hdnd)\\b");

    private static final Pattern ROMAN_HEADING = Pattern.compile("^([IVXL]{1,7})\\s*[.:)/-]\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)([.)]\\s*|\\s+)(\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\s*\\)\\s*(\\S.*)$");
    private static final Pattern PLAN_HEADING = Pattern.compile("^KẾ HOẠCH(?:\\s+(\\S.*))?$");
    private static final Pattern APPENDIX_HEADING = Pattern.compile(
            "^phu luc(?:\\s+(?:so\\s+)?(?:[0-9]{1,2}|[ivxl]{1,5}))?\\s*[.:]?$");
    private static final Pattern RECIPIENTS = Pattern.compile("^noi nhan\\s*:?\\s*(.*)$");
    private static final Pattern SIGNATURE_TITLE = Pattern.compile(
            "^(?:(?:tm|kt|q|tl|tuq)\\s*\\.\\s*)?.{0,40}\\b(?:giam doc|chu tich|truong|uy ban nhan dan|thu truong)\\b.{0,40}$");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");
    private static final Pattern CLOSING_REMARK = Pattern.compile("^trong qua trinh (?:to chuc )?(?:trien khai|thuc hien)\\b");

    private DocumentPatterns() {
    }

    /** "II. NỘI DUNG THỰC HIỆN": a Roman numeral, a dot or bracket, a title. */
    static Optional<Labelled> romanHeading(String text) {
        Matcher m = ROMAN_HEADING.matcher(text);
        if (m.matches() && RomanNumerals.parse(m.group(1)).isPresent()) {
            return Optional.of(new Labelled(m.group(1), m.group(2).strip()));
        }
        return Optional.empty();
    }

    /** "1. Văn phòng Sở", "2.1. …", "3) …": a number and the text after it; "2.1 …" needs no dot. */
    static Optional<Labelled> numbered(String text) {
        Matcher m = NUMBERED.matcher(text);
        if (m.matches() && (!m.group(2).isBlank() || m.group(1).contains("."))) {
            return Optional.of(new Labelled(m.group(1), m.group(3).strip()));
        }
        return Optional.empty();
    }

    /** "a) Về thống kê, …": a letter and a bracket. */
    static Optional<Labelled> lettered(String text) {
        Matcher m = LETTERED.matcher(text);
        return m.matches() ? Optional.of(new Labelled(m.group(1), m.group(2).strip())) : Optional.empty();
    }

    /** The text of a line without its number, letter or list marker. */
    static String withoutLabel(String text) {
        Optional<Labelled> label = numbered(text).or(() -> lettered(text));
        if (label.isPresent()) {
            return label.get().text();
        }
        return isListItem(text) ? withoutMarker(text) : text;
    }

    /** A line printed as a list item: "- …", "+ …", "• …". */
    static boolean isListItem(String text) {
        return TextItems.startsWithMarker(text);
    }

    /** A sub-item: "+ …". */
    static boolean isSubItem(String text) {
        return text.startsWith("+");
    }

    static String withoutMarker(String text) {
        return text.replaceFirst("^[-–+•*]\\s*", "").strip();
    }

    /** "KẾ HOẠCH", in capitals, alone or followed by the title; empty when the line is not that heading. */
    static Optional<String> planHeading(String text) {
        Matcher m = PLAN_HEADING.matcher(text);
        return m.matches() ? Optional.of(m.group(1) == null ? "" : m.group(1).strip()) : Optional.empty();
    }

    /** "Phụ lục", "PHỤ LỤC I": the heading of the appendix, alone on its line. */
    static boolean isAppendixHeading(String text) {
        return APPENDIX_HEADING.matcher(fold(text)).matches();
    }

    /** "Nơi nhận:", possibly followed by the first recipient; empty when the line is not that heading. */
    static Optional<String> recipientsHeading(String text) {
        Matcher m = RECIPIENTS.matcher(fold(text));
        return m.matches() ? Optional.of(text.substring(m.start(1)).strip()) : Optional.empty();
    }

    /** A line of the signer's title: "GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
    static boolean isSignatureTitle(String text) {
        return isUpperCase(text) && SIGNATURE_TITLE.matcher(fold(text)).matches();
    }

    /** "Nguyễn Thanh Bình": two to six capitalised words. */
    static boolean isPersonName(String text) {
        return text.length() <= 50 && PERSON_NAME.matcher(text).matches();
    }

    /** Letters, and none of them small. */
    static boolean isUpperCase(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isLowerCase);
    }

    /** "Trong quá trình thực hiện, nếu có khó khăn …", or a sentence ending "./." as the last of a body does. */
    static boolean isClosingRemark(String text) {
        return CLOSING_REMARK.matcher(fold(text)).find() || text.endsWith("./.");
    }

    /** "(Chi tiết theo Phụ lục đính kèm)", "Phụ lục đính kèm.": a short line pointing at the appendix. */
    static boolean refersToAppendix(String text) {
        return text.length() <= 250 && fold(text).contains("phu luc");
    }

    static String fold(String text) {
        return VietnameseText.foldSameLength(text);
    }
}
