package vn.tthc.feedback;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The service's clock in tests: the real time until a test sets it to a chosen day. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** Stops the clock at 09:00 in Vietnam on the given day. */
    public void setDay(LocalDate day) {
        fixed = ZonedDateTime.of(day, LocalTime.of(9, 0), Moment.VIETNAM).toInstant();
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return Moment.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant current = fixed;
        return current == null ? Instant.now() : current;
    }
}
