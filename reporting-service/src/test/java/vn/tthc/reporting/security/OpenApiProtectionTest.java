package vn.tthc.reporting.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tthc.local.security.OpenApiWalk;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the service's own OpenAPI document and calls it without a token: each one must
 * answer 401 unless it is on the public list, so a new endpoint cannot ship unprotected.
 */
@QuarkusTest
class OpenApiProtectionTest {

    /** Operations anyone may call without a token ("METHOD path"); reporting-service has none. */
    static final Set<String> PUBLIC = Set.of();

    @Test
    void everyOperationNeedsATokenUnlessItIsPublic() throws Exception {
        Map<String, Integer> statuses = OpenApiWalk.statusesWithoutToken();
        assertThat(statuses.keySet()).as("operations in the OpenAPI document").hasSizeGreaterThan(20)
                .contains("POST /submissions", "POST /submissions/{id}/decisions", "PUT /regimes/{code}")
                .containsAll(PUBLIC);
        assertThat(OpenApiWalk.breaches(statuses, PUBLIC))
                .as("operations whose answer without a token breaks the public list").isEmpty();
    }
}
