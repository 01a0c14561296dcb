package vn.tthc.reporting.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tthc.platform.config.ProductionSecrets;

/**
 * reporting-service's own configuration in the prod profile: it would refuse to start on its defaults (the check the platform's
 * ProductionSecretsCheck runs at start), naming the environment variables that fix it; with them set it starts.
 */
class ProductionSecretsConfigTest {

    @Test
    void theProdProfileRefusesTheDefaultsAndNamesTheVariables() throws IOException {
        SmallRyeConfig prod = config("prod", Map.of());
        assertThat(prod.getValue("tthc.secrets.enforce", Boolean.class)).isTrue();
        List<String> problems = problems(prod);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("quarkus.datasource.password is not set", "QUARKUS_DATASOURCE_PASSWORD"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("QUARKUS_OIDC_CREDENTIALS_SECRET"));
    }

    @Test
    void theVariablesTheMessageNamesAreEnough() throws IOException {
        SmallRyeConfig prod = config("prod", Map.of(

                "QUARKUS_DATASOURCE_PASSWORD", "Zr8Jm2Lp6Tn3Wb9Yc4F1xv0q",
                "QUARKUS_OIDC_CREDENTIALS_SECRET", "Wb9Yc4F1xv0qZr8Jm2Lp6Tn3"));
        assertThat(problems(prod)).isEmpty();
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
