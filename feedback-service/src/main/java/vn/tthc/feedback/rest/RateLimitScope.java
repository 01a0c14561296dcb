package vn.tthc.feedback.rest;

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

    /** Percent escapes decoded as UTF-8; a malformed escape is kept as it is. */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && Character.digit(path.charAt(i + 1), 16) >= 0
                    && Character.digit(path.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
