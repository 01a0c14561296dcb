package vn.tthc.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the daily overdue job runs (a Quartz-style cron in Vietnam's time zone; read by the job's schedule). */
@ConfigMapping(prefix = "tthc.overdue")
public interface OverdueConfig {

    @WithDefault("0 5 0 * * ?")
    String cron();
}
