package vn.tthc.feedback.service;

import org.junit.jupiter.api.Test;
import vn.tthc.feedback.config.FeedbackConfig;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

class LookupSecretsTest {

    private static LookupSecrets withKey(String key) {
        FeedbackConfig config = (FeedbackConfig) Proxy.newProxyInstance(FeedbackConfig.class.getClassLoader(),
                new Class<?>[] {FeedbackConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("lookupSecretKey")) {
                        return key;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new LookupSecrets(config);
    }

    @Test
    void aSecretIsSixteenUnambiguousCharactersInGroupsOfFour() {
        String secret = withKey("k1").secretFor("PAKN-2025-000001");
        assertThat(secret).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(withKey("k1").secretFor("PAKN-2025-000001")).isEqualTo(secret);
        assertThat(withKey("k1").secretFor("PAKN-2025-000002")).isNotEqualTo(secret);
        assertThat(withKey("k2").secretFor("PAKN-2025-000001")).isNotEqualTo(secret);
    }

    @Test
    void aSecretMatchesAsTypedInAnyCaseWithOrWithoutDashes() {
        LookupSecrets secrets = withKey("k1");
        String secret = secrets.secretFor("PAKN-2025-000001");
        assertThat(secrets.matches("PAKN-2025-000001", secret)).isTrue();
        assertThat(secrets.matches("PAKN-2025-000001", secret.toLowerCase().replace("-", " "))).isTrue();
        assertThat(secrets.matches("PAKN-2025-000002", secret)).isFalse();
        assertThat(secrets.matches("PAKN-2025-000001", secret.substring(1))).isFalse();
        assertThat(secrets.matches("PAKN-2025-000001", null)).isFalse();
        assertThat(secrets.matches(null, secret)).isFalse();
    }
}
