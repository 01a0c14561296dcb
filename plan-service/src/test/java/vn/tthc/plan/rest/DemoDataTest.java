package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tthc.plan.service.DemoData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Test
    void theDemoProvinceAndItsPlanLoadWithTasksMatchedToUnits() {
        demoData.load();

        given().get("/units/ST-SKHCN-VP").then().statusCode(200)
                .body("parentCode", equalTo("ST-SKHCN"))
                .body("officers[0].name", equalTo("Trần Thế Vũ"));
        String planId = given().queryParam("issuingUnitCode", "ST-SKHCN").get("/plans")
                .then().statusCode(200).body("total", greaterThan(0))
                .body("items[0].number", equalTo("05/KH-SKHCN"))
                .extract().path("items[0].id");
        given().get("/plans/{id}/appendix", planId).then().statusCode(200).body("sections.size()", equalTo(9));
        given().queryParam("planId", planId).queryParam("unitCode", "ST-SKHCN-VP").get("/tasks")
                .then().statusCode(200).body("total", greaterThan(5));
    }
}
