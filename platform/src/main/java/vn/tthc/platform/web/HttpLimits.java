package vn.tthc.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.quarkus.security.AuthenticationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * The web layer's own refusals as problems, like everything JAX-RS answers:
 * <ul>
 *   <li>a request line longer than {@code tthc.http.max-request-line} (4096 bytes) is a 414 problem, headers larger
 *       than {@code tthc.http.max-header-size} (20 KiB) a 431 problem;</li>
 *   <li>a request the router itself fails (a path that cannot be decoded, …) is a problem with the router's status.</li>
 * </ul>
 * The HTTP server below (Vert.x and Netty) keeps hard limits of its own, {@code quarkus.http.limits.max-initial-line-length}
 * and {@code max-header-size} (64 KiB each, platform defaults), beyond which it closes the connection with an
 * empty 414 or 431 and no route ever sees the request; so it does with bytes that are not HTTP, and with a request
 * target that is not a URI (an empty 400). Quarkus offers no hook for those answers (Vert.x's invalid-request
 * handler is set by the server it creates), so they are documented behaviour (README).
 */
@ApplicationScoped
public class HttpLimits {

    private static final Logger LOG = Logger.getLogger(HttpLimits.class);
    private static final Map<Integer, String> TYPES = Map.of(404, "not-found", 405, "method-not-allowed",
            413, "too-large", 414, "request-line-too-long", 431, "headers-too-large");

    private final int maxRequestLine;
    private final int maxHeaderSize;

    public HttpLimits(WebConfig config) {
        this.maxRequestLine = config.http().maxRequestLine();
        this.maxHeaderSize = config.http().maxHeaderSize();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::failed);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (requestLineLength(request) > maxRequestLine) {
            refuse(request, 414, "request-line-too-long", "http.request-line-too-long", maxRequestLine);
        } else if (headerSize(request) > maxHeaderSize) {
            refuse(request, 431, "headers-too-large", "http.headers-too-large", maxHeaderSize);
        } else {
            context.next();
        }
    }

    /**
     * A request the router failed before any resource answered: a problem rather than an empty or HTML page. The
     * security layer's own failures (401 with its challenge, 403) are left to it.
     */
    private void failed(RoutingContext context) {
        HttpServerResponse response = context.response();
        Throwable failure = context.failure();
        if (response.headWritten() || response.ended() || response.closed() || isSecurity(failure)) {
            context.next();
            return;
        }
        int status = failure instanceof HttpException http ? http.getStatusCode() : context.statusCode();
        if (status == 401 || status == 403 || status == 407) {
            context.next();
            return;
        }
        if (status < 400 || status >= 500) {
            LOG.error("Unexpected error on " + context.request().path(), failure);
            write(context.request(), 500, "internal", "internal");
            return;
        }
        String type = TYPES.getOrDefault(status, "bad-request");
        write(context.request(), status, type, "http." + (TYPES.containsKey(status) && status != 400 ? type : "bad-request"));
    }

    private static boolean isSecurity(Throwable failure) {
        return failure instanceof AuthenticationException || failure instanceof SecurityException
                || failure instanceof io.quarkus.security.ForbiddenException;
    }

    private static void refuse(HttpServerRequest request, int status, String type, String key, int limit) {
        // The client may still be sending: answer, then close the connection rather than read what is left.
        request.response().putHeader(HttpHeaders.CONNECTION, "close");
        write(request, status, type, key, limit);
    }

    private static void write(HttpServerRequest request, int status, String type, String key, Object... arguments) {
        if (status == 413) {
            // The client may still be sending what was refused.
            request.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        request.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(RouteProblems.json(request, status, type, key, arguments));
    }

    /** Method, target and version with their spaces, as the request line carried them. */
    static int requestLineLength(HttpServerRequest request) {
        return request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
    }

    /** Every header line: name, colon and space, value, line break. */
    static int headerSize(HttpServerRequest request) {
        int size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + 2 + header.getValue().length() + 2;
        }
        return size;
    }
}
