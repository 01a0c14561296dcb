package vn.tthc.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How this service's events are described and relayed from the outbox to Kafka. */
@ConfigMapping(prefix = "tthc")
public interface EventsConfig {

    Events events();

    Outbox outbox();

    interface Events {
        /** The CloudEvents source attribute of every event this service publishes. */
        @WithDefault("/tthc/reporting-service")
        String source();
    }

    interface Outbox {
        /** How often the relay looks for unsent events (also read by the relay's schedule). */
        @WithDefault("0.5s")
        String relayInterval();

        /** Events relayed per round. */
        @WithDefault("100")
        int batchSize();

        /** How long the relay waits for Kafka to acknowledge one event before trying again later. */
        @WithDefault("15s")
        Duration sendTimeout();
    }
}
