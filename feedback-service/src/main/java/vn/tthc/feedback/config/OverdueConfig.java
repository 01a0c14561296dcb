package vn.tthc.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The job that marks overdue steps (also read by its schedule in DeadlineService). */
@ConfigMapping(prefix = "tthc.overdue")
public interface OverdueConfig {

    /** How often it runs, e.g. 1h or 15m; "off" disables it. */
    @WithDefault("1h")
    String every();

    /** How long after start it first runs. */
    @WithDefault("30s")
    String delayed();
}
