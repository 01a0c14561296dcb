package vn.tthc.feedback.security;

import java.util.List;
import vn.tthc.local.security.TestIdentityProvider;
import vn.tthc.local.security.ErrorLog;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Api;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.TestUnits;
import vn.tthc.feedback.repository.FeedbackItemRepository;
import vn.tthc.local.security.Tokens;

import jakarta.inject.Inject;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Only a valid token of the province's realm, meant for this service, opens the API; the role decides what it opens. */
@QuarkusTest
class AuthenticationTest {

    @Inject
    FeedbackItemRepository items;

    @BeforeEach
    void setUp() {
        TestUnits.ensure();
    }

    @Test
    void noTokenIs401WithAProblemAndTheBearerChallenge() {
        given().header(Tokens.anonymous()).get("/items")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/unauthorized"))
                .body("title", equalTo("Chưa xác thực"));
        given().header(Tokens.anonymous()).header("Accept-Language", "en").contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Api.submission("Tiêu đề", "Nội dung"))
                .post("/portal/items")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .body("title", equalTo("Unauthenticated"));
    }

    @Test
    void expiredTokenIs401() {
        given().header(Tokens.bearer(Tokens.expired())).get("/items").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        given().header(Tokens.bearer(Tokens.wrongIssuer())).get("/items").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).contentType("application/problem+json");
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        given().header(Tokens.bearer(Tokens.wrongAudience())).get("/items").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).contentType("application/problem+json");
    }

    @Test
    void tokenSignedByAnUntrustedKeyIs401() {
        given().header(Tokens.bearer(Tokens.foreignSignature())).get("/items").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).contentType("application/problem+json");
    }

    @Test
    void garbageInTheAuthorizationHeaderIs401() {
        given().header("Authorization", "Bearer not.a.token").get("/items").then().statusCode(401);
    }

    @Test
    void aValidTokenOpensTheApi() {
        given().header(Tokens.bearer(Tokens.staff("auditor-1", "SKHCN", Caller.AUDITOR))).get("/items").then().statusCode(200);
    }

    @Test
    void aRoleThatMayNotWriteGets403InTheClientsLanguage() {
        given().header(Tokens.bearer(Tokens.client("integration", Caller.INTEGRATION)))
                .header("Accept-Language", "en")
                .contentType("application/json").body("{\"classification\":\"NOT_ACCEPTED\",\"reason\":\"OTHER\"}")
                .post("/items/" + UUID.randomUUID() + "/classification")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/forbidden"))
                .body("title", equalTo("Forbidden"))
                .body("detail", equalTo("Your role may not perform this operation."));
    }

    @Test
    void thePortalClientPostsItsIntakeButHasNoBusinessWithStaffEndpoints() {
        Api.portalPost(Api.submission("Cổng gửi", "Nội dung phản ánh gửi qua cổng dịch vụ công.")).statusCode(201);
        String portal = Tokens.portal();
        long before = items.count();
        given().header(Tokens.bearer(portal)).get("/items").then().statusCode(403)
                .body("type", equalTo("https://tthc.vn/problems/forbidden"));
        given().header(Tokens.bearer(portal)).contentType("application/json")
                .body(Api.submission("Tiêu đề", "Nội dung").replace("PROVINCIAL_PORTAL", "WRITTEN")).post("/items")
                .then().statusCode(403);
        given().header(Tokens.bearer(portal)).get("/statistics?from=2025-01-01&to=2025-12-31").then().statusCode(403);
        given().header(Tokens.bearer(portal)).get("/calendar/years/2025").then().statusCode(403);
        assertThat(items.count()).isEqualTo(before);
    }

    @Test
    void aStaffTokenMayNotPostThePortalsIntake() {
        long before = items.count();
        for (String token : new String[] {Tokens.defaultToken(), Tokens.staff("vp.clerk", "SKHCN", Caller.PLANNER)}) {
            given().header(Tokens.bearer(token)).contentType("application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Api.submission("Cán bộ gửi qua cổng", "Nội dung phản ánh."))
                    .post("/portal/items").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://tthc.vn/problems/forbidden"));
        }
        assertThat(items.count()).isEqualTo(before);
    }

    @Test
    void thePublicEndpointsNeedNoToken() {
        var receipt = Api.portalPost(Api.submission("Tra cứu không cần đăng nhập", "Nội dung để tra cứu công khai."))
                .statusCode(201).extract().jsonPath();
        given().header(Tokens.anonymous()).header("X-Lookup-Secret", receipt.getString("lookupSecret"))
                .get("/public/items/" + receipt.getString("trackingCode")).then().statusCode(200)
                .body("trackingCode", equalTo(receipt.getString("trackingCode")))
                .body("status", equalTo("RECEIVED"));
        given().header(Tokens.anonymous()).get("/public/answers").then().statusCode(200);
        given().header(Tokens.anonymous()).get("/public/answers/PAKN-0000-000000").then().statusCode(404);
        // A stale token a browser still sends does not shut a citizen out of the public endpoints.
        given().header(Tokens.bearer(Tokens.expired())).get("/public/answers").then().statusCode(200);
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
                given().header(Tokens.bearer(token)).get("/items").then().statusCode(401)
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
