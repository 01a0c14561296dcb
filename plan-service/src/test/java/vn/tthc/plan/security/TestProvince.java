package vn.tthc.plan.security;

import io.restassured.http.ContentType;
import vn.tthc.plan.support.Api;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A small organisation tree of its own for one test, created by the default administrator: a province, its
 * department D with divisions A and B, and a second department E with its division E1. Codes and names carry a
 * random suffix, so tests do not see each other's units, plans or tasks.
 */
final class TestProvince {

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String province = "SC-P-" + suffix;
    final String departmentD = "SC-D-" + suffix;
    final String divisionA = "SC-A-" + suffix;
    final String divisionB = "SC-B-" + suffix;
    final String departmentE = "SC-E-" + suffix;
    final String divisionE1 = "SC-E1-" + suffix;

    TestProvince() {
        Api.unit(province, "Ủy ban nhân dân tỉnh thử nghiệm " + suffix, "PROVINCIAL_COMMITTEE", null);
        Api.unit(departmentD, "Sở Thử nghiệm D " + suffix, "DEPARTMENT", province);
        Api.unit(divisionA, "Phòng A của Sở D " + suffix, "DIVISION", departmentD);
        Api.unit(divisionB, "Phòng B của Sở D " + suffix, "DIVISION", departmentD);
        Api.unit(departmentE, "Sở Thử nghiệm E " + suffix, "DEPARTMENT", province);
        Api.unit(divisionE1, "Phòng E1 của Sở E " + suffix, "DIVISION", departmentE);
    }

    /** A draft plan issued by the unit, created by the administrator. */
    String plan(String title, String issuingUnitCode) {
        return given().contentType(ContentType.JSON).body("""
                        {"title":"%s","periodStart":"2025-01-01","periodEnd":"2025-12-31","issuingUnitCode":"%s"}"""
                        .formatted(title + " " + suffix, issuingUnitCode))
                .post("/plans").then().statusCode(201).extract().path("id");
    }

    /** A task of the plan led by one unit, possibly with a cooperating unit, created by the administrator. */
    String task(String planId, String content, String leadUnitCode, String cooperatingUnitCode) {
        String cooperating = cooperatingUnitCode == null ? "" : ",\"cooperatingUnitCodes\":[\"" + cooperatingUnitCode + "\"]";
        return Api.task(planId, """
                {"content":"%s","leadUnitCodes":["%s"]%s,"timeText":"Thường xuyên"}""".formatted(content, leadUnitCode, cooperating));
    }
}
