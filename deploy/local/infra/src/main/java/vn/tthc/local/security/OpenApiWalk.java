package vn.tthc.local.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResourceManager;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Calls every operation of the running service's own OpenAPI document (read from its management interface) without a token, so a test can hold each
 * answer against the service's list of public operations: a new endpoint cannot ship unprotected.
 */
public final class OpenApiWalk {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private OpenApiWalk() {
    }

    /**
     * The status each operation ("METHOD /path/{param}") answers without a token, path parameters filled with a
     * random UUID and the body an empty JSON object of the first content type the operation accepts.
     */
    public static Map<String, Integer> statusesWithoutToken() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(given().header(Tokens.anonymous()).accept("application/json")
                .get(TestHTTPResourceManager.getManagementUri() + "/openapi?format=json").then().statusCode(200).extract().asString()).path("paths");
        Map<String, Integer> statuses = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> path = paths.fields(); path.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = path.next();
            for (Iterator<Map.Entry<String, JsonNode>> operation = entry.getValue().fields(); operation.hasNext(); ) {
                Map.Entry<String, JsonNode> op = operation.next();
                String method = op.getKey().toUpperCase();
                if (!METHODS.contains(method)) {
                    continue;
                }
                Iterator<String> bodyTypes = op.getValue().path("requestBody").path("content").fieldNames();
                String url = entry.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                int status = given().header(Tokens.anonymous()).contentType(bodyTypes.hasNext() ? bodyTypes.next() : "application/json")
                        .body("{}").request(method, url).then().extract().statusCode();
                statuses.put(method + " " + entry.getKey(), status);
            }
        }
        return statuses;
    }

    /** The operations whose answer breaks the list: a public one that asks for a token, any other that does not. */
    public static Map<String, Integer> breaches(Map<String, Integer> statuses, Set<String> publicOperations) {
        Map<String, Integer> breaches = new TreeMap<>();
        statuses.forEach((operation, status) -> {
            if (publicOperations.contains(operation) == (status == 401)) {
                breaches.put(operation, status);
            }
        });
        return breaches;
    }
}
