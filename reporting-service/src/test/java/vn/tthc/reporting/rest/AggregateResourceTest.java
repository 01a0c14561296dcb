package vn.tthc.reporting.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AggregateResourceTest {

    @Test
    void aUnitWithoutCompletionsCountsZero() {
        given().queryParam("unitCode", "NO-SUCH-UNIT").get("/aggregates/task-completions")
                .then().statusCode(200).body("completed", equalTo(0)).body("late", equalTo(0));
    }

    @Test
    void missingUnitAndReversedPeriodAreProblems() {
        given().get("/aggregates/task-completions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unitCode"));
        given().queryParam("unitCode", "X").queryParam("from", "2025-06-01").queryParam("to", "2025-01-01")
                .get("/aggregates/task-completions")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParam("unitCode", "X").queryParam("from", "01/06/2025")
                .get("/aggregates/task-completions")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
