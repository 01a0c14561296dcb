package vn.tthc.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The platform's web settings every service shares (defaults in META-INF/microprofile-config.properties). */
@ConfigMapping(prefix = "tthc")
public interface WebConfig {

    /** The address clients reach the service at; every Location is built on it ({@link PublicLocation}). */
    String publicBaseUrl();

    Http http();

    Idempotency idempotency();

    interface Http {
        /** The longest request line (method, target, version) before a 414 problem ({@link HttpLimits}). */
        @WithDefault("4096")
        int maxRequestLine();

        /** The largest headers, all lines together, before a 431 problem ({@link HttpLimits}). */
        @WithDefault("20480")
        int maxHeaderSize();
    }

    interface Idempotency {
        /** How long the answer to an Idempotency-Key is kept (idempotency/IdempotencyInterceptor). */
        @WithDefault("24h")
        Duration retention();

        /** How often expired keys are forgotten (idempotency/IdempotencyCleanup). */
        @WithDefault("1h")
        String cleanupInterval();
    }
}
