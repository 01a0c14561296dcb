package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void openApiSwaggerUiAndMetricsAnswer() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("tthc feedback-service"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void anUnknownPathIsAProblem() {
        given().get("/no-such-resource").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Không tìm thấy"));
    }
}
