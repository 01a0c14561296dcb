package vn.tthc.feedback.rest;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.config.RateLimitConfig;
import vn.tthc.feedback.access.CurrentCaller;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Rate-limits the portal's intake per client: the token's {@code azp} (the client it was issued to), so one
 * client cannot go beyond its allowance by sending from many addresses. It runs once the token is verified
 * (the per-address limit of {@link PublicRateLimit} runs before, on every request); every request of a portal
 * client to the intake counts, accepted or not. Beyond the allowance: 429 problem with Retry-After.
 */
@ApplicationScoped
public class PortalClientRateLimit {

    /** Buckets kept for this many clients at most; the least recently seen are forgotten first. */
    private static final int MAX_TRACKED = 10_000;

    private final RateLimitConfig.Limit limit;
    private final CurrentCaller caller;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
        }
    });

    public PortalClientRateLimit(RateLimitConfig config, CurrentCaller caller) {
        this.limit = config.portalClient();
        this.caller = caller;
    }

    @ServerRequestFilter
    public void limit(SimpleResourceInfo resource) {
        if (resource.getResourceClass() != PortalResource.class || !caller.get().has(Caller.PORTAL)) {
            return;
        }
        consume(caller.clientId());
    }

    /** Takes one request from the client's allowance; 429 (as {@link RateLimitedException}) when there is none left. */
    public void consume(String clientId) {
        Bucket bucket = buckets.computeIfAbsent(clientId, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
        }
    }
}
