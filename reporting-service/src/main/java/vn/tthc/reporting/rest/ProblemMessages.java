package vn.tthc.reporting.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Problem texts in Vietnamese by default, in English when the client asks for it first. */
@RequestScoped
public class ProblemMessages {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Context
    HttpHeaders headers;

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("problems", locale(), NO_FALLBACK);
        try {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale());
    }

    Locale locale() {
        if (headers != null) {
            for (Locale accepted : headers.getAcceptableLanguages()) {
                if ("en".equals(accepted.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("vi".equals(accepted.getLanguage())) {
                    return VIETNAMESE;
                }
            }
        }
        return VIETNAMESE;
    }
}
