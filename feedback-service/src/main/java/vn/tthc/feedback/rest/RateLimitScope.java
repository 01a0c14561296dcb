package vn.tthc.feedback.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Which allowance a request path counts against, read from the path as the application will route it: percent
 * escapes decoded (an encoded slash included), matrix parameters ({@code ;x}) and empty segments dropped, case
 * ignored. So {@code /public;x/answers}, {@code //public/answers} and {@code /%70ublic/answers} count as
 * {@code /public/answers} does.
 */
enum RateLimitScope {
    PUBLIC("public"), PORTAL("portal");

    private final String firstSegment;

    RateLimitScope(String firstSegment) {
        this.firstSegment = firstSegment;
    }

    String key() {
        return firstSegment;
    }

    static Optional<RateLimitScope> of(String rawPath) {
        String first = firstSegment(rawPath == null ? "" : rawPath);
        for (RateLimitScope scope : values()) {
            if (scope.firstSegment.equals(first)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    private static String firstSegment(String rawPath) {
        for (String segment : decode(rawPath).split("/")) {
            int matrix = segment.indexOf(';');
            String name = (matrix < 0 ? segment : segment.substring(0, matrix)).strip();
            if (!name.isEmpty()) {
                return name.toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** Percent escapes decoded as UTF-8 (a plus stays a plus, as in a path); a malformed escape leaves the path as it is. */
    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
