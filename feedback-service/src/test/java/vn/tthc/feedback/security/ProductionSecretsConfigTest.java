package vn.tthc.feedback.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import vn.tthc.platform.config.ProductionSecretsConfigContract;

/**
 * feedback-service's configuration in the prod profile (the assertions shared by every service are in
 * {@link ProductionSecretsConfigContract}); its own secret is the key of the public lookup codes.
 */
class ProductionSecretsConfigTest extends ProductionSecretsConfigContract {

    @Override
    protected Map<String, String> ownSecrets() {
        return Map.of("TTHC_FEEDBACK_LOOKUP_SECRET_KEY", "9vKq2mX7pLr4Tn8Wc1Yb6Zd3Hf5Js0Ga");
    }

    @Override
    protected void assertOwnProblems(List<String> problems) {
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("tthc.feedback.lookup-secret-key has the local stack's value", "TTHC_FEEDBACK_LOOKUP_SECRET_KEY"));
    }
}
