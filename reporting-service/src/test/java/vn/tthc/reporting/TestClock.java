package vn.tthc.reporting;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import vn.tthc.platform.time.ClockProducer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The service's clock in tests: the real time until a test sets a day, so deadline logic runs at chosen
 * dates. Tests that set it reset it when done.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** From now on the service lives on this day, at 09:00 in Vietnam. */
    public void setToday(LocalDate day) {
        fixed = day.atTime(LocalTime.of(9, 0)).atZone(ClockProducer.VIETNAM).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ClockProducer.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant day = fixed;
        return day != null ? day : Instant.now();
    }
}
