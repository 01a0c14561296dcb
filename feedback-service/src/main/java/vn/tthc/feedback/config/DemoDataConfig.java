package vn.tthc.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Realistic items loaded on the first start of an empty database, to show the system at work. */
@ConfigMapping(prefix = "tthc.demo-data")
public interface DemoDataConfig {

    /** Load them when the database has no item yet (off in tests and, if wanted, in production). */
    @WithDefault("true")
    boolean enabled();
}
