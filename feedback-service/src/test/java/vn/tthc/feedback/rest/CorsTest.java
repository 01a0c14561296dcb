package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tthc.local.security.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Browsers may call the service only from the public-service portal's origin (TTHC_PORTAL_ORIGIN). */
@QuarkusTest
class CorsTest {

    private static final String PORTAL_ORIGIN = "http://localhost:3000";

    @Test
    void aPreflightFromThePortalsOriginIsAllowed() {
        given().header(Tokens.anonymous()).header("Origin", PORTAL_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,accept-language")
                .options("/portal/items")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL_ORIGIN))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("POST"))
                .header("Access-Control-Allow-Methods", not(containsStringIgnoringCase("DELETE")))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"));
        given().header(Tokens.anonymous()).header("Origin", PORTAL_ORIGIN).get("/public/answers")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(PORTAL_ORIGIN));
    }

    @Test
    void anotherOriginGetsNoAccessControlAllowOrigin() {
        given().header(Tokens.anonymous()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/portal/items")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header(Tokens.anonymous()).header("Origin", "http://localhost:3001").get("/public/answers")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
