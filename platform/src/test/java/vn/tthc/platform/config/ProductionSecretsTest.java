package vn.tthc.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    private static final List<String> REQUIRED = List.of("quarkus.datasource.password", "quarkus.oidc.credentials.secret",
            "tthc.feedback.lookup-secret-key");

    @Test
    void namesTheEnvironmentVariableOfEveryMissingOrLocalSecret() {
        Map<String, String> config = Map.of(
                "quarkus.datasource.password", "",
                "quarkus.oidc.credentials.secret", "feedback-service-local-secret",
                "tthc.feedback.lookup-secret-key", "local-stack-only-change-me");
        assertThat(ProductionSecrets.problems(REQUIRED, name -> Optional.ofNullable(config.get(name)))).containsExactly(
                "quarkus.datasource.password is not set: set QUARKUS_DATASOURCE_PASSWORD",
                "quarkus.oidc.credentials.secret has the local stack's value: set QUARKUS_OIDC_CREDENTIALS_SECRET to a secret of your own",
                "tthc.feedback.lookup-secret-key has the local stack's value: set TTHC_FEEDBACK_LOOKUP_SECRET_KEY to a secret of your own");
    }

    @Test
    void refusesShortValuesAndAcceptsRandomOnes() {
        assertThat(ProductionSecrets.problems(List.of("quarkus.datasource.password"), name -> Optional.of("postgres")))
                .containsExactly("quarkus.datasource.password is shorter than 16 characters: set QUARKUS_DATASOURCE_PASSWORD to a random value");
        assertThat(ProductionSecrets.problems(REQUIRED, name -> Optional.of("q4F1xv0Zr8Jm2Lp6Tn3Wb9Yc"))).isEmpty();
    }

    @Test
    void theRefusalNamesTheServiceAndEveryProblem() {
        assertThat(ProductionSecrets.refusal("feedback-service", List.of("a: set A", "b: set B")))
                .startsWith("feedback-service refuses to start in production with a default secret")
                .endsWith("a: set A; b: set B");
        assertThat(ProductionSecrets.environmentVariable("tthc.feedback.lookup-secret-key")).isEqualTo("TTHC_FEEDBACK_LOOKUP_SECRET_KEY");
    }
}
