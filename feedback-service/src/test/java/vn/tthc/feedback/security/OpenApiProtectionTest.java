package vn.tthc.feedback.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.support.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
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
        JsonNode paths = new ObjectMapper().readTree(given().header(Tokens.anonymous()).accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString()).path("paths");
        List<String> unprotected = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
            for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                String method = operation.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                JsonNode bodyTypes = operation.getValue().path("requestBody").path("content");
                String contentType = bodyTypes.fieldNames().hasNext() ? bodyTypes.fieldNames().next() : "application/json";
                int status = given().header(Tokens.anonymous()).contentType(contentType).body("{}")
                        .request(method, url).then().extract().statusCode();
                String name = method + " " + path.getKey();
                seen.add(name);
                if (PUBLIC.contains(name) ? status == 401 : status != 401) {
                    unprotected.add(name + " -> " + status);
                }
            }
        }
        assertThat(seen).as("operations in the OpenAPI document").hasSizeGreaterThan(20)
                .contains("POST /portal/items", "POST /items/{id}/answer-approval", "PUT /calendar/years/{year}/overrides")
                .containsAll(PUBLIC);
        assertThat(unprotected).as("operations whose answer without a token breaks the public list").isEmpty();
    }
}
