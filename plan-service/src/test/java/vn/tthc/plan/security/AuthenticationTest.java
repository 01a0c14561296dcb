package vn.tthc.plan.security;

import java.util.List;
import vn.tthc.local.security.TestIdentityProvider;
import vn.tthc.local.security.ErrorLog;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tthc.local.security.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Only a valid token of the province's realm, meant for this service, opens the API. */
@QuarkusTest
class AuthenticationTest {

    @Test
    void noTokenIs401WithAProblemAndTheBearerChallenge() {
        given().header(Tokens.anonymous()).get("/plans")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/unauthorized"))
                .body("title", equalTo("Chưa xác thực"));
    }

    @Test
    void expiredTokenIs401() {
        given().header(Tokens.bearer(Tokens.expired())).get("/plans").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        given().header(Tokens.bearer(Tokens.wrongIssuer())).get("/plans").then().statusCode(401);
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        given().header(Tokens.bearer(Tokens.wrongAudience())).get("/plans").then().statusCode(401);
    }

    @Test
    void tokenSignedByAnUntrustedKeyIs401() {
        given().header(Tokens.bearer(Tokens.foreignSignature())).get("/plans").then().statusCode(401);
    }

    @Test
    void garbageInTheAuthorizationHeaderIs401() {
        given().header("Authorization", "Bearer not.a.token").get("/plans").then().statusCode(401);
    }

    @Test
    void aValidTokenOpensTheApi() {
        given().header(Tokens.bearer(Tokens.staff("auditor-1", "ANY", "auditor"))).get("/plans").then().statusCode(200);
    }

    @Test
    void aRoleThatMayNotWriteGets403InTheClientsLanguage() {
        given().header(Tokens.bearer(Tokens.client("integration", "integration")))
                .header("Accept-Language", "en")
                .contentType("application/json").body("{\"title\":\"x\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\"}")
                .post("/plans")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/forbidden"))
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void thePortalClientHasNoBusinessHere() {
        given().header(Tokens.bearer(Tokens.client("portal", "portal"))).get("/plans").then().statusCode(403);
    }

    /**
     * A token that fails the local checks (not a JWT, a JWT that does not decode, another key's signature, another
     * issuer, another audience, expired) is a 401 problem decided against the realm's cached key set: the realm's
     * introspection endpoint, which would let any token in, is never called, and nothing is logged as an ERROR.
     */
    @Test
    void badTokensAreRefusedLocallyWithoutIntrospectionAndWithoutAnErrorLine() {
        int introspectionsBefore = TestIdentityProvider.introspectionsOfTheServiceUnderTest();
        try (ErrorLog errors = ErrorLog.open()) {
            for (String token : List.of(Tokens.opaque(), Tokens.malformedJwt(), Tokens.foreignSignature(), Tokens.wrongIssuer(),
                    Tokens.wrongAudience(), Tokens.expired())) {
                given().header(Tokens.bearer(token)).get("/plans").then().statusCode(401)
                        .header("WWW-Authenticate", startsWith("Bearer"))
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://tthc.vn/problems/unauthorized"));
            }
            assertThat(errors.lines()).as("ERROR lines logged while refusing bad tokens").isEmpty();
        }
        assertThat(TestIdentityProvider.introspectionsOfTheServiceUnderTest()).as("calls to the realm's introspection endpoint")
                .isEqualTo(introspectionsBefore);
    }
}
