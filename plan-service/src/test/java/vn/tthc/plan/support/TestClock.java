package vn.tthc.plan.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The clock of every @QuarkusTest of this module: the real time unless a test sets a day. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Clock current = Clock.system(VIETNAM);

    /** From now on it is 09:00 on that day in Vietnam. */
    public void setDay(LocalDate day) {
        current = Clock.fixed(day.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant(), VIETNAM);
    }

    public void reset() {
        current = Clock.system(VIETNAM);
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
