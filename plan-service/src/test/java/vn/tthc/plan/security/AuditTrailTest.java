package vn.tthc.plan.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.tthc.local.security.Tokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every change records who made it (the token's subject, readable name and unit) and when, and the histories
 * show them: task progress, plan amendments, the plan's own life cycle, uploads, and the plan's audit trail.
 */
@QuarkusTest
class AuditTrailTest {

    private static RequestSpecification as(String token) {
        return given().header(Tokens.bearer(token));
    }

    @Test
    void theProgressHistoryShowsTheSubjectNameAndUnitOfWhoRecordedIt() {
        TestProvince p = new TestProvince();
        String plan = p.plan("Kế hoạch của Sở D", p.departmentD);
        String task = p.task(plan, "Việc phòng A chủ trì", p.divisionA, null);
        String officer = Tokens.person("sub-officer-" + p.suffix, "Trần Thị Bình", p.divisionA, "unit-officer");
        String planner = Tokens.person("sub-planner-" + p.suffix, "Lê Văn Cường", p.departmentD, "planner");

        as(officer).contentType(ContentType.JSON).body("{\"status\":\"IN_PROGRESS\",\"note\":\"Đã rà soát 5 thủ tục\"}")
                .post("/tasks/{id}/progress", task).then().statusCode(200);
        as(planner).contentType(ContentType.JSON).body("{}").post("/tasks/{id}/completion", task).then().statusCode(200);

        as(planner).get("/tasks/{id}/progress", task).then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].note", equalTo("Đã rà soát 5 thủ tục"))
                .body("[0].recordedBy.subject", equalTo("sub-officer-" + p.suffix))
                .body("[0].recordedBy.name", equalTo("Trần Thị Bình"))
                .body("[0].recordedBy.unit", equalTo(p.divisionA))
                .body("[0].recordedAt", notNullValue())
                .body("[1].status", equalTo("DONE"))
                .body("[1].recordedBy.subject", equalTo("sub-planner-" + p.suffix))
                .body("[1].recordedBy.name", equalTo("Lê Văn Cường"))
                .body("[1].recordedBy.unit", equalTo(p.departmentD));
    }

    @Test
    void aClientCannotNameWhoRecordedProgress() {
        TestProvince p = new TestProvince();
        String task = p.task(p.plan("Kế hoạch của Sở D", p.departmentD), "Việc phòng A chủ trì", p.divisionA, null);
        String officer = Tokens.person("sub-officer-" + p.suffix, "Trần Thị Bình", p.divisionA, "unit-officer");

        as(officer).contentType(ContentType.JSON).body("{\"status\":\"IN_PROGRESS\",\"recordedBy\":\"Giám đốc Sở\"}")
                .post("/tasks/{id}/progress", task).then().statusCode(400).body("errors[0].field", equalTo("recordedBy"));
        given().get("/tasks/{id}/progress", task).then().body("$", hasSize(0));
    }

    @Test
    void aPlansLifeCycleAndAmendmentsShowWhoChangedItAndTheHistoryListsEveryChange() {
        TestProvince p = new TestProvince();
        String planner = Tokens.person("sub-planner-" + p.suffix, "Lê Văn Cường", p.departmentD, "planner");
        String officer = Tokens.person("sub-officer-" + p.suffix, "Trần Thị Bình", p.divisionA, "unit-officer");
        String plan = """
                {"title":"Kế hoạch kiểm soát TTHC %s","periodStart":"2025-01-01","periodEnd":"2025-12-31",
                 "issuingUnitCode":"%s"%s}""";

        String planId = as(planner).contentType(ContentType.JSON).body(plan.formatted(p.suffix, p.departmentD, ""))
                .post("/plans").then().statusCode(201)
                .body("createdBy.subject", equalTo("sub-planner-" + p.suffix))
                .body("createdBy.name", equalTo("Lê Văn Cường"))
                .body("createdBy.unit", equalTo(p.departmentD))
                .body("issuedBy", nullValue())
                .extract().path("id");
        String task = as(planner).contentType(ContentType.JSON)
                .body("{\"label\":\"1\",\"content\":\"Rà soát thủ tục\",\"leadUnitCodes\":[\"" + p.divisionA + "\"]}")
                .post("/plans/{id}/tasks", planId).then().statusCode(201).extract().path("id");
        as(planner).contentType(ContentType.JSON).body("{\"number\":\"07/KH-" + p.suffix + "\"}").post("/plans/{id}/issue", planId)
                .then().statusCode(200).body("issuedBy.subject", equalTo("sub-planner-" + p.suffix)).body("issuedAt", notNullValue());
        as(planner).contentType(ContentType.JSON)
                .body(plan.formatted(p.suffix, p.departmentD, ",\"number\":\"07/KH-" + p.suffix + "\",\"amendmentReason\":\"Bổ sung chỉ tiêu\""))
                .put("/plans/{id}", planId).then().statusCode(200);
        as(officer).contentType(ContentType.JSON).body("{\"status\":\"IN_PROGRESS\"}").post("/tasks/{id}/progress", task)
                .then().statusCode(200);
        given().post("/plans/{id}/close", planId).then().statusCode(200)
                .body("closedBy.subject", equalTo(Tokens.DEFAULT_SUBJECT)).body("closedBy.unit", nullValue());

        as(planner).get("/plans/{id}/amendments", planId).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].reason", equalTo("Bổ sung chỉ tiêu"))
                .body("[0].amendedBy.subject", equalTo("sub-planner-" + p.suffix))
                .body("[0].amendedBy.name", equalTo("Lê Văn Cường"))
                .body("[0].amendedBy.unit", equalTo(p.departmentD));

        var history = as(planner).get("/plans/{id}/history", planId).then().statusCode(200).extract();
        assertThat(history.<List<String>>path("action")).containsExactly("PLAN_CREATED", "TASK_ADDED", "PLAN_ISSUED",
                "PLAN_AMENDED", "PROGRESS_RECORDED", "PLAN_CLOSED");
        assertThat(history.<List<String>>path("by.subject")).containsExactly("sub-planner-" + p.suffix,
                "sub-planner-" + p.suffix, "sub-planner-" + p.suffix, "sub-planner-" + p.suffix, "sub-officer-" + p.suffix,
                Tokens.DEFAULT_SUBJECT);
        assertThat(history.<String>path("[3].detail")).isEqualTo("Bổ sung chỉ tiêu");
        assertThat(history.<String>path("[4].taskId")).isEqualTo(task);
        assertThat(history.<String>path("[4].by.name")).isEqualTo("Trần Thị Bình");
        assertThat(history.<String>path("[4].by.unit")).isEqualTo(p.divisionA);
        assertThat(history.<String>path("[4].detail")).isEqualTo("IN_PROGRESS");
        assertThat(history.<List<String>>path("at")).doesNotContainNull();
    }

    @Test
    void anUploadShowsWhoUploadedAndWhoConfirmedItAndThePlanWhoCreatedIt() {
        TestProvince p = new TestProvince();
        String uploader = Tokens.person("sub-uploader-" + p.suffix, "Phạm Thu Dung", p.departmentD, "planner");
        String confirmer = Tokens.person("sub-confirmer-" + p.suffix, "Hoàng Minh Em", p.departmentD, "planner");
        String table = "KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025\nPHỤ LỤC\nSTT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện\n"
                + "1\tRà soát thủ tục hành chính\tPhòng B của Sở D " + p.suffix + "\tQuý III/2025\n";

        String upload = as(uploader).contentType("text/plain; charset=utf-8").queryParam("year", 2025)
                .queryParam("fileName", "phu-luc.txt").body(table).post("/plans/imports").then().statusCode(201)
                .body("uploadedBy.subject", equalTo("sub-uploader-" + p.suffix))
                .body("uploadedBy.name", equalTo("Phạm Thu Dung"))
                .body("uploadedBy.unit", equalTo(p.departmentD))
                .body("uploadedAt", notNullValue())
                .body("confirmedBy", nullValue())
                .extract().path("id");
        String plan = as(confirmer).contentType(ContentType.JSON)
                .body("{\"title\":\"Kế hoạch nhập " + p.suffix + "\",\"issuingUnitCode\":\"" + p.departmentD + "\"}")
                .post("/plans/imports/{id}/confirmation", upload).then().statusCode(201)
                .body("createdBy.subject", equalTo("sub-confirmer-" + p.suffix))
                .extract().path("id");

        as(uploader).get("/plans/imports/{id}", upload).then().statusCode(200)
                .body("planId", equalTo(plan))
                .body("confirmedBy.subject", equalTo("sub-confirmer-" + p.suffix))
                .body("confirmedBy.name", equalTo("Hoàng Minh Em"))
                .body("confirmedAt", notNullValue());
        as(confirmer).get("/plans/{id}/history", plan).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].action", equalTo("PLAN_IMPORTED"))
                .body("[0].importId", equalTo(upload))
                .body("[0].detail", equalTo("phu-luc.txt: 1 nhiệm vụ"))
                .body("[0].by.name", equalTo("Hoàng Minh Em"));
    }
}
