package vn.tthc.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Problem+json bodies for answers given below JAX-RS (Vert.x route handlers: body limit, rate limit), in the
 * language the client asks for, with the same texts as {@link ProblemMessages}.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    public static String json(HttpServerRequest request, int status, String type, String detailKey, Object... arguments) {
        Locale locale = ProblemTexts.choose(languages(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        String detail = ProblemTexts.text(locale, detailKey, arguments);
        return "{\"type\":\"" + ProblemMappers.TYPE_BASE + type + "\",\"title\":\"" + escape(ProblemTexts.text(locale, "title." + status))
                + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\""
                + escape(request.path()) + "\"}";
    }

    private static List<Locale> languages(String header) {
        if (header == null) {
            return List.of();
        }
        return Arrays.stream(header.split(","))
                .map(range -> range.split(";")[0].strip())
                .filter(tag -> !tag.isEmpty() && !tag.equals("*"))
                .map(Locale::forLanguageTag)
                .toList();
    }

    /** A JSON string's content: quotes, backslashes and control characters escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
