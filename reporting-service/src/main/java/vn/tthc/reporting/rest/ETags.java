package vn.tthc.reporting.rest;

import vn.tthc.reporting.StaleVersionException;

/** Strong ETags from a resource's version, and the version an {@code If-Match} header names. */
final class ETags {

    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private ETags() {
    }

    static jakarta.ws.rs.core.EntityTag of(long version) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(version));
    }

    /**
     * The version the client expects, or null when it sent no If-Match (or {@code *}). A value that is not one
     * of our ETags can never match, so it is stale by definition.
     */
    static Long expected(String ifMatch, String entity, Object id) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new StaleVersionException(entity, id, -1, -1);
        }
    }
}
