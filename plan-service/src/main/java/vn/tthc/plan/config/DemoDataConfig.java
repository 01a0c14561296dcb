package vn.tthc.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the first start loads a sample province's units and one real plan (the run command turns it on). */
@ConfigMapping(prefix = "tthc.demo-data")
public interface DemoDataConfig {

    @WithDefault("false")
    boolean enabled();
}
