package vn.tthc.platform.web.openapi;

/**
 * Names the services' OpenAPI annotations share with {@link ContractFilter}: the reusable components it adds
 * (headers, parameters) and the media types of the documents the services exchange.
 */
public final class Api {

    /** Response header component: the resource's version, for If-Match. */
    public static final String ETAG = "ETag";
    /** Response header component: where the created resource is. */
    public static final String LOCATION = "Location";
    /** Response header component: seconds to wait after a 429. */
    public static final String RETRY_AFTER = "Retry-After";
    /** Response header component: the answer repeats the first one of this Idempotency-Key. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    /** Parameter component: {@code If-Match}. */
    public static final String IF_MATCH = "IfMatch";
    /** Parameter component: {@code Idempotency-Key}. */
    public static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    /** Response component: 429 with Retry-After. */
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    /** Response component: 409. */
    public static final String CONFLICT = "Conflict";
    /** Operation extension: this create's 201 has no Location (see {@link ContractFilter#NO_LOCATION}). */
    public static final String NO_LOCATION = ContractFilter.NO_LOCATION;

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Api() {
    }
}
