package vn.tthc.platform.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/** Optimistic concurrency over HTTP: reads carry an ETag of the version; a write with a stale If-Match gets 412. */
public final class ETags {

    public static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version named by the request's If-Match; see {@link #expectedVersion(String)}. */
    public static Long expectedVersion(HttpHeaders headers) {
        return expectedVersion(headers.getHeaderString(HttpHeaders.IF_MATCH));
    }

    /**
     * The version an If-Match value names, or null when there is none (or it is {@code *}). A value that is not
     * one of our ETags can never match, so it is read as version -1 and fails with 412.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
