package vn.tthc.feedback.security;

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

    /** Operations anyone may call without a token ("METHOD path"): the citizens' lookup and the published answers. */
    static final Set<String> PUBLIC = Set.of(
            "GET /public/items/{trackingCode}",
            "GET /public/answers",
            "GET /public/answers/{trackingCode}");

    @Test
    void everyOperationNeedsATokenUnlessItIsPublic() throws Exception {
        Map<String, Integer> statuses = OpenApiWalk.statusesWithoutToken();
        assertThat(statuses.keySet()).as("operations in the OpenAPI document").hasSizeGreaterThan(20)
                .contains("POST /portal/items", "POST /items/{id}/answer-approval", "PUT /calendar/years/{year}/overrides")
                .containsAll(PUBLIC);
        assertThat(OpenApiWalk.breaches(statuses, PUBLIC))
                .as("operations whose answer without a token breaks the public list").isEmpty();
    }
}
