package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ProblemResponsesTest {

    @Test
    void failedValidationListsEachBadFieldInVietnamese() {
        given().contentType(ContentType.JSON)
                .body("{\"number\":\"" + "x".repeat(51) + "\",\"title\":\"  \"}")
                .post("/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/validation"))
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("number", "title"))
                .body("errors.message", hasItem("không được để trống"));
    }

    @Test
    void aPageBeyondWhatAListCanAddressIsRefusedNotOverflowed() {
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .get("/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/validation"))
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("trang quá xa: với cỡ trang này, trang lớn nhất là 10.737.417"));
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 1)
                .get("/tasks")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void englishOnRequest() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"title\":\"\"}")
                .post("/plans")
                .then().statusCode(400)
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("must not be blank"));
    }

    @Test
    void unknownFieldIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"Kế hoạch\",\"owner\":\"x\"}")
                .post("/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("owner"))
                .body("errors[0].message", equalTo("trường không được hỗ trợ"));
    }

    @Test
    void wrongTypeIsNamed() {
        String planId = given().contentType(ContentType.JSON).body("{\"title\":\"Kế hoạch\"}")
                .post("/plans").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body("{\"content\":\"Nhiệm vụ\",\"leadUnitCode\":\"VP\",\"dueDate\":\"31/12/2025\"}")
                .post("/plans/{id}/tasks", planId)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dueDate"));
    }

    @Test
    void aNumberWhereTextIsExpectedIsNotCoerced() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": 12345}")
                .post("/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("giá trị sai kiểu hoặc sai định dạng"));
    }

    @Test
    void malformedJsonIsAProblemWithoutStackTrace() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"Kế hoạch\"")
                .post("/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/malformed-json"))
                .body(not(containsString("at com.fasterxml")));
    }

    @Test
    void unknownIdIsA404Problem() {
        UUID id = UUID.randomUUID();
        given().get("/plans/{id}", id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Không tìm thấy kế hoạch " + id + "."));
    }

    @Test
    void malformedIdAndUnknownPathAreProblemsToo() {
        given().get("/plans/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/invalid-parameter"));
        given().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void completionInTheFutureIsRejected() {
        String planId = given().contentType(ContentType.JSON).body("{\"title\":\"Kế hoạch\"}")
                .post("/plans").then().statusCode(201).extract().path("id");
        String taskId = given().contentType(ContentType.JSON)
                .body("{\"content\":\"Nhiệm vụ\",\"leadUnitCode\":\"VP\"}")
                .post("/plans/{id}/tasks", planId).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"completedOn\":\"2999-01-01\"}")
                .post("/tasks/{id}/completion", taskId)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("completedOn"));
        given().get("/tasks/{id}", taskId).then().statusCode(200).body("status", equalTo("NOT_STARTED"));
    }
}
