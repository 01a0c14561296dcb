package vn.tthc.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which years of the working-day calendar are published to feedback.calendar at start. */
@ConfigMapping(prefix = "tthc.calendar")
public interface CalendarConfig {

    /** Years before the current one that are published. */
    @WithDefault("1")
    int publishYearsBefore();

    /** Years after the current one that are published. */
    @WithDefault("1")
    int publishYearsAfter();
}
