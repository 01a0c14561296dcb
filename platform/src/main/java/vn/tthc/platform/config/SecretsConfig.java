package vn.tthc.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The secrets production must set itself (checked at start by {@link ProductionSecretsCheck}). */
@ConfigMapping(prefix = "tthc.secrets")
public interface SecretsConfig {

    /** Refuse to start while a required secret is unset or a local default: on in the prod profile only. */
    @WithDefault("false")
    boolean enforce();

    /** The properties that hold secrets, e.g. {@code quarkus.datasource.password}. */
    Optional<List<String>> required();
}
