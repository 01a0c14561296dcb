package vn.tthc.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When reminders about expected reports are sent. */
@ConfigMapping(prefix = "tthc.reminders")
public interface RemindersConfig {

    /** How often the reminder job runs ({@code off} disables it); also read by the job's schedule. */
    @WithDefault("1h")
    String every();

    /** "Due soon" is sent when this many working days or fewer are left before the deadline. */
    @WithDefault("3")
    int dueSoonWorkingDays();

    /** Periods whose deadline passed more than this many days ago get no more "overdue" reminders. */
    @WithDefault("31")
    int overdueLookbackDays();
}
