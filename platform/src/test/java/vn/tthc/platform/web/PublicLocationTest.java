package vn.tthc.platform.web;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PublicLocationTest {

    private final PublicLocation location = new PublicLocation(config("https://plan.tthc.example.vn/"));

    @Test
    void keepsThePathAndQueryAndReplacesWhateverHostTheRequestClaimed() {
        assertThat(location.on(URI.create("http://evil.example.com:8081/plans/42?x=%C4%91"))).isEqualTo("https://plan.tthc.example.vn/plans/42?x=%C4%91");
        assertThat(location.on(URI.create("/public/items/PAKN-2025-000001"))).isEqualTo("https://plan.tthc.example.vn/public/items/PAKN-2025-000001");
        assertThat(location.on(URI.create("plans/42"))).isEqualTo("https://plan.tthc.example.vn/plans/42");
    }

    private static WebConfig config(String base) {
        return new WebConfig() {
            @Override
            public String publicBaseUrl() {
                return base;
            }

            @Override
            public Http http() {
                return null;
            }

            @Override
            public Idempotency idempotency() {
                return new Idempotency() {
                    @Override
                    public Duration retention() {
                        return Duration.ofHours(24);
                    }

                    @Override
                    public String cleanupInterval() {
                        return "1h";
                    }
                };
            }
        };
    }
}
