package vn.tthc.platform.events.outbox;

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

        /**
         * The PostgreSQL advisory lock that lets one relay of the service's replicas work at a time; distinct
         * per service, so services sharing a database server never wait on one another.
         */
        long lockKey();
    }
}
