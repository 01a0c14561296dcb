package vn.tthc.reporting.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tthc.local.security.Tokens;

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
}
