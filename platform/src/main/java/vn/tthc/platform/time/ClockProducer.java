package vn.tthc.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The one source of time; tests replace it to check deadline logic at chosen dates. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
