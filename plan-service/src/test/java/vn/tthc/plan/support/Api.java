package vn.tthc.plan.support;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** Small helpers that set up data through the API, as a client would. */
public final class Api {

    private Api() {
    }

    public static void unit(String code, String name, String kind, String parentCode) {
        String parent = parentCode == null ? "" : ",\"parentCode\":\"" + parentCode + "\"";
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"" + parent + "}")
                .put("/units/{code}", code).then().statusCode(200);
    }

    public static String plan(String title, String periodStart, String periodEnd) {
        return given().contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\",\"periodStart\":\"" + periodStart + "\",\"periodEnd\":\"" + periodEnd + "\"}")
                .post("/plans").then().statusCode(201).extract().path("id");
    }

    public static String task(String planId, String json) {
        return given().contentType(ContentType.JSON).body(json)
                .post("/plans/{id}/tasks", planId).then().statusCode(201).extract().path("id");
    }
}
