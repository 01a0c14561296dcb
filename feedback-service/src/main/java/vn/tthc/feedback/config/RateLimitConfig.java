package vn.tthc.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How many requests a client address may make to the endpoints without login: the citizens' lookup and
 * published answers ({@code /public}) and the portal's intake ({@code /portal}, which serves a whole portal
 * from few addresses, hence its larger allowance).
 */
@ConfigMapping(prefix = "tthc.rate-limit")
public interface RateLimitConfig {

    Limit publicEndpoints();

    Limit portal();

    interface Limit {
        /** Requests allowed in a burst. */
        @WithDefault("30")
        long capacity();

        /** The time in which the whole allowance comes back. */
        @WithDefault("1m")
        Duration period();
    }
}
