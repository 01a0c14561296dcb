package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import vn.tthc.platform.web.WebConfig;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Location is built on tthc.public-base-url (platform web/PublicLocation), never on what the request's Host says. */
@QuarkusTest
class LocationTest {

    @Inject
    WebConfig config;

    @Test
    void aForgedHostDoesNotLeakIntoLocation() {
        var created = given().contentType(ContentType.JSON)
                .header("Host", "evil.example.com")
                .header("X-Forwarded-Host", "evil.example.com")
                .header("Forwarded", "host=evil.example.com;proto=https")
                .body("{\"title\":\"Kế hoạch có địa chỉ giả\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\"}")
                .post("/plans").then().statusCode(201).extract();
        String base = config.publicBaseUrl();

        assertThat(created.header("Location")).isEqualTo(base + "/plans/" + created.path("id"))
                .doesNotContain("evil");
    }
}
