package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

@QuarkusTest
@TestProfile(RateLimitTest.SmallAllowance.class)
class RateLimitTest {

    public static class SmallAllowance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tthc.rate-limit.public-endpoints.capacity", "3",
                    "tthc.rate-limit.public-endpoints.period", "1h",
                    "tthc.rate-limit.portal.capacity", "2",
                    "tthc.rate-limit.portal.period", "1h");
        }
    }

    @Test
    void aClientBeyondItsAllowanceGets429WithRetryAfterAndEachScopeCountsApart() {
        for (int i = 0; i < 3; i++) {
            given().get("/public/answers").then().statusCode(200);
        }
        given().get("/public/answers")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", not(emptyOrNullString()))
                .body("type", equalTo("https://tthc.vn/problems/rate-limited"))
                .body("title", equalTo("Quá nhiều yêu cầu"));
        given().header("Accept-Language", "en").get("/public/items/PAKN-0000-000000")
                .then().statusCode(429).body("title", equalTo("Too many requests"));

        // The portal's allowance is counted apart from the citizens' lookups.
        given().contentType("application/json").body("{}").post("/portal/items").then().statusCode(400);
        given().contentType("application/json").body("{}").post("/portal/items").then().statusCode(400);
        given().contentType("application/json").body("{}").post("/portal/items").then().statusCode(429);

        // Other spellings of the same paths are the same paths: a matrix parameter, an escape, a doubled slash.
        for (String spelling : new String[]{"/public;x/answers", "/%70ublic/answers", "//public/answers"}) {
            given().urlEncodingEnabled(false).get(spelling).then().statusCode(429);
        }
        given().urlEncodingEnabled(false).contentType("application/json").body("{}").post("/portal;x/items").then().statusCode(429);

        // Staff endpoints are not limited this way.
        given().get("/statistics").then().statusCode(not(equalTo(429)));
    }
}
