package vn.tthc.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** When something happens: the instant, and the day it is in Vietnam (UTC+7), which deadlines count in. */
public record Moment(Instant at, LocalDate today) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public static Moment now(Clock clock) {
        Instant at = clock.instant();
        return new Moment(at, LocalDate.ofInstant(at, VIETNAM));
    }
}
