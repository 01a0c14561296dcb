package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.RomanNumerals;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * What a row's number cell says: a section ("I", "IV."), a task ("1", "2.", "2.1.1"), a lettered sub-task
 * ("a", "b)"), nothing (the row continues the one above), or something else. A cell that also holds the title
 * ("IX Kiểm tra việc thực hiện …") is split into label and rest.
 *
 * @param label the label as printed, without a trailing "." or ")"
 * @param rest  text printed after the label in the same cell; "" when none
 */
record RowLabel(Kind kind, String label, String rest) {

    enum Kind { NONE, SECTION, TASK, LETTER, OTHER }

    private static final Pattern ALONE = Pattern.compile("^([IVXLivxl]+|\\d+(?:\\.\\d+)*|[a-zđ])[.):]?$");
    private static final Pattern WITH_TEXT = Pattern.compile("^([IVXL]+|\\d+(?:\\.\\d+)*)[.):]?\\s+(\\S.*)$", Pattern.DOTALL);

    static RowLabel parse(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return new RowLabel(Kind.NONE, "", "");
        }
        Matcher alone = ALONE.matcher(text);
        if (alone.matches()) {
            String label = alone.group(1);
            Kind kind = kindOf(label);
            if (kind != Kind.OTHER) {
                return new RowLabel(kind, kind == Kind.SECTION ? label.toUpperCase(Locale.ROOT) : label, "");
            }
        }
        Matcher withText = WITH_TEXT.matcher(text);
        if (withText.matches() && kindOf(withText.group(1)) != Kind.OTHER && Character.isUpperCase(withText.group(2).charAt(0))) {
            return new RowLabel(kindOf(withText.group(1)), withText.group(1), withText.group(2).strip());
        }
        return new RowLabel(Kind.OTHER, text, "");
    }

    /** How deep a task label sits: "2" is 1, "2.1" is 2, "2.1.1" is 3. */
    int depth() {
        return kind == Kind.TASK ? label.split("\\.").length : 1;
    }

    /** The label of the task a dotted label belongs under: "2.1" for "2.1.1". */
    String parentLabel() {
        int dot = label.lastIndexOf('.');
        return dot < 0 ? "" : label.substring(0, dot);
    }

    private static Kind kindOf(String label) {
        if (Character.isDigit(label.charAt(0))) {
            return Kind.TASK;
        }
        if (RomanNumerals.parse(label).isPresent() && (label.length() > 1 || Character.isUpperCase(label.charAt(0)))) {
            return Kind.SECTION;
        }
        if (label.length() == 1 && Character.isLowerCase(label.charAt(0))) {
            return Kind.LETTER;
        }
        return Kind.OTHER;
    }
}
