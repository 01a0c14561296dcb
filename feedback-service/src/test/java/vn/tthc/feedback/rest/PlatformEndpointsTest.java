package vn.tthc.feedback.rest;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Health, metrics, the OpenAPI document and Swagger UI are on the management interface; the API port serves the API only. */
@QuarkusTest
class PlatformEndpointsTest {

    /** A path on the management interface, whose URI ends with its root path (/q): "/q/health" → ".../q/health". */
    private static String management(String path) {
        return TestHTTPResourceManager.getManagementUri() + path.substring("/q".length());
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get(management("/q/health/ready"))
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void openApiSwaggerUiAndMetricsAnswerOnTheManagementPortOnly() {
        given().get(management("/q/openapi?format=json")).then().statusCode(200).body("info.title", equalTo("tthc feedback-service"));
        given().get(management("/q/swagger-ui/")).then().statusCode(200);
        given().get(management("/q/metrics")).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        for (String path : new String[]{"/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryAndATag() {
        Map<String, Map<String, Map<String, Object>>> paths = given().get(management("/q/openapi?format=json"))
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        assertThat(paths).containsKeys("/portal/items", "/items/{id}/classification",
                "/public/items/{trackingCode}", "/public/answers", "/calendar/years/{year}/overrides", "/statistics", "/items/due");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation.get("summary")).as("%s %s summary", method, path).isNotNull();
            assertThat((List<String>) operation.get("tags")).as("%s %s tags", method, path).isNotEmpty();
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentDeclaresTheRolesAndNoLongerTheActorHeaders() {
        String json = given().get(management("/q/openapi?format=json")).then().statusCode(200).extract().asString();
        assertThat(json).doesNotContain("X-Actor", "X-Unit");
        var document = io.restassured.path.json.JsonPath.from(json);
        assertThat(document.getMap("components.securitySchemes")).isNotEmpty();
        // Roles are not OIDC scopes: the security requirement lists none, the operation names them in x-roles.
        List<Map<String, List<String>>> approval = document.getList("paths.'/items/{id}/answer-approval'.post.security");
        assertThat(approval.get(0).values().iterator().next()).isEmpty();
        assertThat(document.getList("paths.'/items/{id}/answer-approval'.post.x-roles", String.class))
                .containsExactlyInAnyOrder("leader", "administrator");
        assertThat(document.getList("paths.'/portal/items'.post.x-roles", String.class)).containsExactly("portal");
        // A public operation says so: one empty security requirement (no token needed).
        assertThat(document.<Map<String, Object>>getList("paths.'/public/answers'.get.security")).singleElement()
                .satisfies(requirement -> assertThat(requirement).isEmpty());
        assertThat(document.<String, Object>getMap("paths.'/items/{id}'.get.responses")).containsKeys("401", "403");
    }

    @Test
    void anUnknownPathIsAProblem() {
        given().get("/no-such-resource").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Không tìm thấy"));
    }
}
