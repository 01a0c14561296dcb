package vn.tthc.plan.schedule;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Roman numerals as plans print them for sections ("IV") and quarters ("Quý IV"); 1 to 39. */
public final class RomanNumerals {

    private static final Pattern ROMAN = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");
    private static final String[] TENS = {"", "X", "XX", "XXX"};
    private static final String[] UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    private RomanNumerals() {
    }

    /** The value of a Roman numeral in either case ("IV", "iv"); empty when the text is not one. */
    public static OptionalInt parse(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalInt.empty();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!ROMAN.matcher(upper).matches()) {
            return OptionalInt.empty();
        }
        int value = 0;
        for (int i = 0; i < upper.length(); i++) {
            int current = valueOf(upper.charAt(i));
            int next = i + 1 < upper.length() ? valueOf(upper.charAt(i + 1)) : 0;
            value += current < next ? -current : current;
        }
        return OptionalInt.of(value);
    }

    /** The numeral for 1 to 39, e.g. 4 becomes "IV". */
    public static String format(int value) {
        if (value < 1 || value > 39) {
            throw new IllegalArgumentException("not between 1 and 39: " + value);
        }
        return TENS[value / 10] + UNITS[value % 10];
    }

    private static int valueOf(char numeral) {
        switch (numeral) {
            case 'I':
                return 1;
            case 'V':
                return 5;
            default:
                return 10;
        }
    }
}
