package vn.tthc.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;


/**
 * A request whose body is larger than {@code quarkus.http.limits.max-body-size} gets a 413 problem+json. A declared
 * length is checked at once, and the body is read and thrown away first (up to a hard cap), so the client, still
 * sending, sees the answer rather than a reset connection. A body of undeclared length (chunked) is read here, up to
 * the limit, for the resource to take from memory; past the limit the read fails with 413 and
 * {@link HttpLimits}' failure handler writes the problem (otherwise the JAX-RS layer would answer an empty 413).
 */
@ApplicationScoped
public class BodyLimit {

    /** Beyond this the connection is closed at once rather than drained. */
    private static final long DRAIN_CAP = 64L * 1024 * 1024;

    private final long limit;
    private final BodyHandler undeclared;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.limit = limit.asLongValue();
        this.undeclared = BodyHandler.create(false).setBodyLimit(this.limit).setHandleFileUploads(false)
                .setMergeFormAttributes(false);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        long length = contentLength(request);
        if (length < 0 && mayHaveBody(request)) {
            undeclared.handle(context);
            return;
        }
        if (length <= limit) {
            context.next();
            return;
        }
        String json = problem(request);
        if (length > DRAIN_CAP) {
            request.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json);
            return;
        }
        request.handler(chunk -> {
        });
        request.endHandler(end -> request.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(json));
        request.resume();
    }

    /** A request that may carry a body without declaring its length (chunked, or HTTP/2 without content-length). */
    private static boolean mayHaveBody(HttpServerRequest request) {
        HttpMethod method = request.method();
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }

    private static long contentLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String problem(HttpServerRequest request) {
        return RouteProblems.json(request, 413, "too-large", "http.too-large");
    }
}
