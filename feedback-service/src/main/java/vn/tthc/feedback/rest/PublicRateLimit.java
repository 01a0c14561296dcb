package vn.tthc.feedback.rest;

import vn.tthc.platform.web.Problem;
import vn.tthc.platform.web.RouteProblems;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.tthc.feedback.config.RateLimitConfig;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Rate-limits the endpoints without login and the portal's intake per client address (Bucket4j token buckets):
 * beyond the allowance a client gets 429 problem+json with Retry-After, and nothing reaches the application (not
 * even the token's verification). Behind a proxy, {@code quarkus.http.proxy.proxy-address-forwarding} makes the
 * address the client's. CORS preflights (OPTIONS) are not counted. The portal's intake is also limited per client
 * (the token's {@code azp}) by {@link PortalClientRateLimit}.
 */
@ApplicationScoped
public class PublicRateLimit {

    /** Buckets kept for this many addresses at most; the least recently seen are forgotten first. */
    private static final int MAX_TRACKED = 100_000;

    private final RateLimitConfig config;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
        }
    });

    public PublicRateLimit(RateLimitConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        // One route for every path: the scope is read from the path as the application routes it (RateLimitScope),
        // so another spelling of /public/… or /portal/… (a matrix parameter, an escape, a doubled slash) counts too.
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            Optional<RateLimitScope> scope = RateLimitScope.of(context.request().path());
            if (scope.isEmpty()) {
                context.next();
            } else {
                limit(context, scope.get().key(), scope.get() == RateLimitScope.PUBLIC ? config.publicEndpoints() : config.portal());
            }
        });
    }

    private void limit(RoutingContext context, String scope, RateLimitConfig.Limit limit) {
        if (context.request().method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        String address = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().host();
        Bucket bucket = buckets.computeIfAbsent(scope + "|" + address, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.response().putHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
            context.next();
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        context.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", String.valueOf(retryAfter))
                .end(RouteProblems.json(context.request(), 429, "rate-limited", "rate-limited", retryAfter));
    }

}
