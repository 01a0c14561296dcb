package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tthc.plan.MarkupText;
import vn.tthc.plan.TextItems;
import vn.tthc.platform.text.VietnameseText;

/**
 * Splits the unit cells of a plan table into unit names, as text (matching them to the unit registry happens
 * elsewhere). Names are separated by line breaks, list items and semicolons; by a comma or "và" only where
 * the next words begin a unit's name ("Sở …", "UBND …", "Văn phòng …", "các …"), so that "Các sở, ngành",
 * "UBND cấp huyện, cấp xã" and "Sở Khoa học và Công nghệ" stay whole. A name that carries a clause ("… khi
 * được giao …", "… theo …") is not split at commas. A trailing role ("tham mưu UBND tỉnh", "thực hiện") is
 * dropped. {@link #splitAssignment(String)} also separates "X chủ trì, phối hợp với Y" into lead and
 * cooperating units.
 */
public final class UnitNameSplitter {

    private static final Pattern UNIT_START = Pattern.compile("^(?:so|ubnd|uy ban|hdnd|hoi dong|van phong|cong an"
            + "|bao hiem|bo|bo phan|trung tam|phong|thanh tra|ban|bao|dai|cuc|chi cuc|cac|toa an|vien|kho bac|ngan hang"
            + "|hoi|doan|mat tran|d/c|dong chi|cong chuc|lanh dao|giam doc|chu tich|cong ty|tong cong ty|truong|benh vien"
            + "|tinh uy|huyen uy|to)\\b");
    private static final Pattern CLAUSE = Pattern.compile(" (?:khi|theo|neu|de|nham|duoc giao|trong|tham muu) ");
    private static final Pattern SEPARATOR = Pattern.compile(",\\s*|\\s+va\\s+|\\s+[-–+]\\s+");
    /** An office serving several bodies, one unit: "Văn phòng HĐND và UBND", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh". */
    private static final String BODY = "(?:doan dbqh|hdnd|ubnd|uy ban nhan dan|hoi dong nhan dan)";
    private static final Pattern SHARED_OFFICE = Pattern.compile("^\\s*van phong " + BODY + "(?:\\s*(?:,|va)\\s*" + BODY + ")*\\s*$");
    /** A named officer, whose unit may follow a dash: "Đ/c Trần Thế Vũ - Văn phòng Sở" is one name. */
    private static final Pattern PERSON = Pattern.compile("^\\s*(?:d/c|dong chi|ong|ba)\\b");
    private static final Pattern BODY_START = Pattern.compile("^" + BODY + "\\b");
    /** A collective name: "Các sở, ban, ngành", "các phòng, đơn vị thuộc Sở". */
    private static final Pattern COLLECTIVE = Pattern.compile("^\\s*[-–+•]?\\s*cac\\b");
    /** The words a collective name lists after a comma: "ban", "ngành", "đoàn thể" (lower case, short). */
    private static final int MAX_CLASS_WORDS = 2;
    private static final Pattern TRAILING_ROLE = Pattern.compile(
            "\\s+(?:(?:tham muu)(?:\\s+(?:cho\\s+)?(?:ubnd|uy ban|chu tich|giam doc|lanh dao)\\b.*)?|thuc hien|chu tri)$");
    private static final Pattern COOPERATES = Pattern.compile(
            "\\s*,?\\s*(?:(?:chu tri)\\s*,?\\s*)?(?:va\\s+)?phoi hop(?:\\s+(?:voi|cung))?\\b\\s*");
    private static final Pattern LEADS = Pattern.compile("\\s*\\bchu tri\\b\\s*,?\\s*");
    private static final String EDGE = "^[\\s\\-–+•.,;:]+|[\\s.,;:]+$";

    private UnitNameSplitter() {
    }

    /** The unit names in a cell, in order, without repeats. */
    public static List<String> split(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String item : TextItems.split(MarkupText.toPlainText(text))) {
            for (String part : item.split(";")) {
                splitPart(part).forEach(names::add);
            }
        }
        return List.copyOf(names);
    }

    /** The lead and cooperating units of a cell that may hold both ("X chủ trì, phối hợp với Y"). */
    public static Assignment splitAssignment(String text) {
        Set<String> lead = new LinkedHashSet<>();
        Set<String> cooperating = new LinkedHashSet<>();
        for (String item : TextItems.split(MarkupText.toPlainText(text))) {
            String folded = fold(item);
            Matcher cooperates = COOPERATES.matcher(folded);
            if (cooperates.find()) {
                lead.addAll(split(withoutLeadWord(item.substring(0, cooperates.start()))));
                cooperating.addAll(split(item.substring(cooperates.end())));
            } else {
                lead.addAll(split(withoutLeadWord(item)));
            }
        }
        return new Assignment(List.copyOf(lead), List.copyOf(cooperating));
    }

    private static String withoutLeadWord(String text) {
        Matcher leads = LEADS.matcher(fold(text));
        return leads.find() ? text.substring(0, leads.start()) + " " + text.substring(leads.end()) : text;
    }

    private static List<String> splitPart(String part) {
        List<String> names = new ArrayList<>();
        String folded = fold(part);
        Matcher separator = SEPARATOR.matcher(folded);
        int nameStart = 0;
        while (separator.find()) {
            String before = folded.substring(nameStart, separator.start());
            String after = folded.substring(separator.end());
            boolean insideBrackets = count(before, '(') > count(before, ')');
            if (!insideBrackets && !CLAUSE.matcher(" " + before + " ").find() && UNIT_START.matcher(after).find()
                    && !continuesCollective(before, part.substring(separator.end()))
                    && !(SHARED_OFFICE.matcher(before).matches() && BODY_START.matcher(after).find())
                    && !(PERSON.matcher(before).find() && separator.group().strip().matches("[-–+]"))) {
                names.add(part.substring(nameStart, separator.start()));
                nameStart = separator.end();
            }
        }
        names.add(part.substring(nameStart));
        List<String> clean = new ArrayList<>();
        for (String name : names) {
            String tidy = withoutRole(name.replaceAll(EDGE, "").replaceAll("\\s+", " "));
            if (!tidy.isEmpty()) {
                clean.add(tidy);
            }
        }
        return clean;
    }

    /**
     * Whether the words after a comma are one more class of a collective name ("Các sở, ban, ngành"): the name
     * so far starts with "các", and the next words are a short lower-case class, not a unit's own name.
     */
    private static boolean continuesCollective(String before, String after) {
        if (!COLLECTIVE.matcher(before).find() || after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
            return false;
        }
        String next = SEPARATOR.split(after, 2)[0].strip();
        return next.split("\\s+").length <= MAX_CLASS_WORDS;
    }

    private static String withoutRole(String name) {
        Matcher role = TRAILING_ROLE.matcher(fold(name));
        String kept = role.find() && role.start() > 0 ? name.substring(0, role.start()) : name;
        return kept.replaceAll(EDGE, "");
    }

    private static String fold(String text) {
        return VietnameseText.foldSameLength(text);
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
