package vn.tthc.platform.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of problems, looked up first in the service's own bundle {@code problems} (its domain's keys), then
 * in the platform's {@code platform-problems} (the keys every service shares: titles, JSON, HTTP, validation).
 * Texts go through {@link MessageFormat}: an apostrophe is written twice.
 */
public final class ProblemTexts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> BUNDLES = List.of("problems", "platform-problems");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /** The text for the key in the locale (Vietnamese or English), or the key itself when no bundle has it. */
    public static String text(Locale locale, String key, Object... arguments) {
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, locale, NO_FALLBACK);
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), locale).format(arguments);
            }
        }
        return key;
    }

    /**
     * English when the client's first language we speak is English, Vietnamese otherwise: {@code languages}
     * are the client's preferences in order, e.g. from {@code Accept-Language}.
     */
    public static Locale choose(List<Locale> languages) {
        for (Locale accepted : languages) {
            if ("en".equals(accepted.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(accepted.getLanguage())) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }
}
