package vn.tthc.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service's own configuration ({@code src/main/resources/application.properties}) in the prod profile: it would
 * refuse to start on its defaults (the check {@link ProductionSecrets} runs at start), naming the environment variables
 * that fix it; with them set it starts. Every service extends this with the secrets of its own beyond the database
 * password and the OIDC client secret.
 */
public abstract class ProductionSecretsConfigContract {

    /** The service's own secrets: environment variable to a strong value that satisfies the check. */
    protected Map<String, String> ownSecrets() {
        return Map.of();
    }

    /** Further assertions on the problems the prod profile reports on its defaults. */
    protected void assertOwnProblems(List<String> problems) {
    }

    @Test
    void theProdProfileRefusesTheDefaultsAndNamesTheVariables() throws IOException {
        SmallRyeConfig prod = config("prod", Map.of());
        assertThat(prod.getValue("tthc.secrets.enforce", Boolean.class)).isTrue();
        List<String> problems = problems(prod);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("quarkus.datasource.password is not set", "QUARKUS_DATASOURCE_PASSWORD"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("QUARKUS_OIDC_CREDENTIALS_SECRET"));
        assertOwnProblems(problems);
    }

    @Test
    void theVariablesTheMessageNamesAreEnough() throws IOException {
        Map<String, String> environment = new HashMap<>(ownSecrets());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "Zr8Jm2Lp6Tn3Wb9Yc4F1xv0q");
        environment.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "Wb9Yc4F1xv0qZr8Jm2Lp6Tn3");
        assertThat(problems(config("prod", environment))).isEmpty();
    }

    @Test
    void testsAndTheLocalStackDoNotEnforceIt() throws IOException {
        for (String profile : List.of("test", "local")) {
            assertThat(config(profile, Map.of()).getOptionalValue("tthc.secrets.enforce", Boolean.class)).as(profile).isEmpty();
        }
    }

    private static List<String> problems(SmallRyeConfig config) {
        return ProductionSecrets.problems(config.getValues("tthc.secrets.required", String.class),
                name -> config.getOptionalValue(name, String.class));
    }

    private static SmallRyeConfig config(String profile, Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }
}
