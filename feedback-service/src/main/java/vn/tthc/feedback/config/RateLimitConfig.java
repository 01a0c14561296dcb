package vn.tthc.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How many requests a client may make: per client address to the endpoints without login, the citizens' lookup
 * and published answers ({@code /public}), and to the portal's intake ({@code /portal}, which serves a whole
 * portal from few addresses, hence its larger allowance); and per portal client (the token's {@code azp}) to the
 * portal's intake, whatever addresses its requests come from.
 */
@ConfigMapping(prefix = "tthc.rate-limit")
public interface RateLimitConfig {

    /** Per client address, {@code /public/*}. */
    Limit publicEndpoints();

    /** Per client address, {@code /portal/*}. */
    Limit portal();

    /** Per client (the token's {@code azp}), {@code POST /portal/items}. */
    Limit portalClient();

    interface Limit {
        /** Requests allowed in a burst. */
        @WithDefault("30")
        long capacity();

        /** The time in which the whole allowance comes back. */
        @WithDefault("1m")
        Duration period();
    }
}
