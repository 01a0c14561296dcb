package vn.tthc.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/** Problem texts in Vietnamese by default, in English when the client asks for it first. */
@RequestScoped
public class ProblemMessages {

    @Context
    HttpHeaders headers;

    public String text(String key, Object... arguments) {
        return ProblemTexts.text(locale(), key, arguments);
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale());
    }

    Locale locale() {
        return ProblemTexts.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
    }
}
