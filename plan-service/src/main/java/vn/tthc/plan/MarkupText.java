package vn.tthc.plan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Clean text from what plan documents hold after conversion: NFC, HTML markup removed (paragraphs, line
 * breaks and list items become separate lines; bold, italics and links become their text), entities decoded,
 * odd spaces made plain, runs of spaces collapsed, and no space left inside brackets and quotes.
 */
public final class MarkupText {

    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)<\\s*/?\\s*(?:br|p|li|ul|ol|div|tr|h[1-6])\\b[^<>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^<>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern AFTER_OPENING = Pattern.compile("([(\\[“‘]) +");
    private static final Pattern BEFORE_CLOSING = Pattern.compile(" +([)\\]”’,;:.!?])");

    private MarkupText() {
    }

    /** The clean text, lines separated by {@code \n}, without empty lines; "" for null. */
    public static String toPlainText(String markup) {
        if (markup == null) {
            return "";
        }
        String text = Normalizer.normalize(markup, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        text = BLOCK_TAG.matcher(text).replaceAll("\n");
        text = ANY_TAG.matcher(text).replaceAll("");
        text = decodeEntities(text).replace("**", "");
        text = INVISIBLE.matcher(text).replaceAll("");
        text = ODD_SPACE.matcher(text).replaceAll(" ");
        return Arrays.stream(text.split("\n"))
                .map(MarkupText::tidyLine)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static String tidyLine(String line) {
        String tidy = SPACES.matcher(line).replaceAll(" ").strip();
        tidy = AFTER_OPENING.matcher(tidy).replaceAll("$1");
        return BEFORE_CLOSING.matcher(tidy).replaceAll("$1");
    }

    private static String decodeEntities(String text) {
        String named = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&ldquo;", "“")
                .replace("&rdquo;", "”")
                .replace("&ndash;", "–")
                .replace("&mdash;", "—");
        Matcher m = NUMERIC_ENTITY.matcher(named);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int codePoint = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            String replacement = Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Normalizer.normalize(out.toString().replace("&amp;", "&"), Normalizer.Form.NFC);
    }
}
