package vn.tthc.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of plan document imports. */
@ConfigMapping(prefix = "tthc.imports")
public interface ImportConfig {

    /** The largest document accepted, in bytes (default 10 MiB). */
    @WithDefault("10485760")
    int maxSize();
}
