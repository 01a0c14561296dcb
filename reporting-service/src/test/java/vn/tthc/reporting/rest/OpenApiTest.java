package vn.tthc.reporting.rest;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Every operation is described, under a tag, in the OpenAPI document. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theReportingOperationsAreDescribed() {
        given().queryParam("format", "json").get(TestHTTPResourceManager.getManagementUri() + "/openapi").then().statusCode(200)
                .body("paths.'/submissions/{id}/submit'.post.summary", notNullValue())
                .body("paths.'/submissions/{id}/decisions'.post.tags[0]", notNullValue())
                .body("paths.'/regimes'.post.summary", notNullValue())
                .body("paths.'/regimes/{code}/periods/{periodKey}/consolidated'.get.summary", notNullValue())
                .body("paths.'/regimes/{code}/periods/{periodKey}/completeness'.get.tags[0]", notNullValue())
                .body("paths.'/units/{code}'.get.summary", notNullValue())
                .body("paths.'/regimes/{code}/changes'.get.summary", notNullValue());
    }

    @Test
    void theHistoriesShowWhoMadeEachChange() {
        given().queryParam("format", "json").get(TestHTTPResourceManager.getManagementUri() + "/openapi").then().statusCode(200)
                .body("components.schemas.ActorView.properties.keySet()", containsInAnyOrder("subject", "name", "unit"))
                .body("components.schemas.SubmissionView.properties.createdBy", notNullValue())
                .body("components.schemas.VersionSummary.properties.savedBy", notNullValue())
                .body("components.schemas.VersionSummary.properties.submittedBy", notNullValue())
                .body("components.schemas.DecisionView.properties.decidedBy", notNullValue())
                .body("components.schemas.PeriodView.properties.requestedBy", notNullValue())
                .body("components.schemas.RegimeChangeView.properties.changedBy", notNullValue())
                .body("paths.'/submissions/{id}'.get.responses.'200'.content.'application/json'.examples.keySet()",
                        hasItem("accepted after a return"));
    }
}
