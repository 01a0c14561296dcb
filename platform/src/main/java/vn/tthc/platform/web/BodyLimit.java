package vn.tthc.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;


/**
 * A request whose declared body is larger than {@code quarkus.http.limits.max-body-size} gets a 413
 * problem+json. The body is read and thrown away first (up to a hard cap), so the client, still sending,
 * sees the answer rather than a reset connection.
 */
@ApplicationScoped
public class BodyLimit {

    /** Beyond this the connection is closed at once rather than drained. */
    private static final long DRAIN_CAP = 64L * 1024 * 1024;

    private final long limit;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        long length = contentLength(request);
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
