package vn.tthc.reporting.security;

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
        given().header(Tokens.anonymous()).get("/regimes")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/unauthorized"))
                .body("title", equalTo("Chưa xác thực"))
                .body("status", equalTo(401));
    }

    @Test
    void expiredTokenIs401() {
        given().header(Tokens.bearer(Tokens.expired())).get("/regimes").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/unauthorized"));
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        given().header(Tokens.bearer(Tokens.wrongIssuer())).get("/regimes").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        given().header(Tokens.bearer(Tokens.wrongAudience())).get("/regimes").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void tokenSignedByAnUntrustedKeyIs401() {
        given().header(Tokens.bearer(Tokens.foreignSignature())).get("/regimes").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void garbageInTheAuthorizationHeaderIs401() {
        given().header("Authorization", "Bearer not.a.token").get("/regimes").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aValidTokenOpensTheApi() {
        given().header(Tokens.bearer(Tokens.staff("auditor-1", "ANY", "auditor"))).get("/regimes").then().statusCode(200);
    }

    @Test
    void aRoleThatMayNotWriteGets403InTheClientsLanguage() {
        given().header(Tokens.bearer(Tokens.client("integration", "integration")))
                .header("Accept-Language", "en")
                .contentType("application/json").body("{\"code\":\"x\"}")
                .post("/regimes")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/forbidden"))
                .body("title", equalTo("Forbidden"))
                .body("detail", equalTo("Your role may not perform this operation."));
    }

    @Test
    void thePortalClientHasNoBusinessHere() {
        given().header(Tokens.bearer(Tokens.client("portal", "portal"))).get("/regimes").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/forbidden"));
        given().header(Tokens.bearer(Tokens.client("portal", "portal"))).get("/units").then().statusCode(403);
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
                given().header(Tokens.bearer(token)).get("/regimes").then().statusCode(401)
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
