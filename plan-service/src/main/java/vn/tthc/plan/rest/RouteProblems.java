package vn.tthc.plan.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Problem+json bodies for answers given below JAX-RS (Vert.x route handlers: body limit, rate limit), in the
 * language the client asks for, with the same texts as {@link ProblemMessages}.
 */
final class RouteProblems {

    private RouteProblems() {
    }

    static String json(HttpServerRequest request, int status, String type, String detailKey, Object... arguments) {
        String languages = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        Locale locale = languages != null && languages.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        ResourceBundle bundle = ResourceBundle.getBundle("problems", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String detail = new MessageFormat(bundle.getString(detailKey), locale).format(arguments);
        return "{\"type\":\"https://tthc.vn/problems/" + type + "\",\"title\":\"" + bundle.getString("title." + status)
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"instance\":\""
                + request.path().replace("\\", "").replace("\"", "") + "\"}";
    }
}
