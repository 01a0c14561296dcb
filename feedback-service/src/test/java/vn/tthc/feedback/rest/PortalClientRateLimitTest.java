package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Caller;
import vn.tthc.local.security.Tokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The portal's intake is limited per client (the token's azp) whatever address it comes from: addresses are
 * taken from X-Forwarded-For here, as behind the Ingress, so one client can be made to come from many.
 */
@QuarkusTest
@TestProfile(PortalClientRateLimitTest.SmallClientAllowance.class)
class PortalClientRateLimitTest {

    public static class SmallClientAllowance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "tthc.rate-limit.portal.capacity", "2",
                    "tthc.rate-limit.portal.period", "1h",
                    "tthc.rate-limit.portal-client.capacity", "3",
                    "tthc.rate-limit.portal-client.period", "1h");
        }
    }

    private static ValidatableResponse post(String token, String address) {
        // An empty body is refused (400) after the limits are counted: every request of a portal client counts.
        return given().header(Tokens.bearer(token)).header("X-Forwarded-For", address)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body("{}").post("/portal/items").then();
    }

    @Test
    void oneClientCannotGoBeyondItsAllowanceFromManyAddresses() {
        String portal = Tokens.client("portal", Caller.PORTAL);
        String otherPortal = Tokens.client("national-portal", Caller.PORTAL);

        // Three addresses, one request each: well within each address's allowance (2), and the client's (3).
        post(portal, "10.1.0.1").statusCode(400);
        post(portal, "10.1.0.2").statusCode(400);
        post(portal, "10.1.0.3").statusCode(400);
        // A fourth address is fresh, but the client has used its allowance.
        post(portal, "10.1.0.4").statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", not(emptyOrNullString()))
                .body("type", equalTo("https://tthc.vn/problems/rate-limited"))
                .body("title", equalTo("Quá nhiều yêu cầu"))
                .body("detail", startsWith("Ứng dụng của bạn đã gửi quá nhiều yêu cầu"));

        // Another client is counted apart.
        post(otherPortal, "10.1.0.5").statusCode(400);

        // The per-address limit still applies first: the third request from one address stops there, before the
        // client's third would have been allowed.
        post(otherPortal, "10.1.0.6").statusCode(400);
        post(otherPortal, "10.1.0.6").statusCode(400);
        post(otherPortal, "10.1.0.6").statusCode(429).body("detail", startsWith("Bạn đã gửi quá nhiều yêu cầu"));

        // A staff token is refused (403) and never counted as a portal client.
        String staff = Tokens.staff("vp.clerk", "SKHCN", Caller.PLANNER);
        for (int i = 0; i < 5; i++) {
            post(staff, "10.1.1." + i).statusCode(403);
        }
    }
}
