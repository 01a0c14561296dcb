package vn.tthc.plan.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.tthc.local.security.Tokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Unit scoping (SECURITY.md, plan-service): who sees and changes which plans and tasks, on a tree of its own
 * per test ({@link TestProvince}). Another unit's resource and one that does not exist answer alike for callers
 * who are not province-wide.
 */
@QuarkusTest
class UnitScopingTest {

    private static final String FORBIDDEN = "https://tthc.vn/problems/forbidden";
    private static final String IN_PROGRESS = "{\"status\":\"IN_PROGRESS\",\"note\":\"Đang thực hiện\"}";

    private static RequestSpecification as(String token) {
        return given().header(Tokens.bearer(token)).header("Accept-Language", "en");
    }

    private static ExtractableResponse<Response> forbidden(io.restassured.response.Response response) {
        return response.then().statusCode(403).contentType("application/problem+json").body("type", equalTo(FORBIDDEN)).extract();
    }

    private static void assertSameRefusal(ExtractableResponse<Response> another, ExtractableResponse<Response> missing) {
        assertThat(another.<String>path("type")).isEqualTo(missing.<String>path("type"));
        assertThat(another.<String>path("title")).isEqualTo(missing.<String>path("title"));
        assertThat(another.<String>path("detail")).isEqualTo(missing.<String>path("detail"))
                .isEqualTo("You have no access to this resource: it is not your unit's, or it does not exist.");
    }

    @Test
    void aUnitOfficerRecordsProgressOnItsUnitsTaskAndAnotherUnitsTaskIsRefusedLikeOneThatDoesNotExist() {
        TestProvince p = new TestProvince();
        String plan = p.plan("Kế hoạch của Sở D", p.departmentD);
        String taskOfA = p.task(plan, "Việc phòng A chủ trì", p.divisionA, null);
        String taskOfB = p.task(plan, "Việc phòng B chủ trì", p.divisionB, null);
        String officerA = Tokens.staff("officer-a-" + p.suffix, p.divisionA, "unit-officer");

        as(officerA).contentType(ContentType.JSON).body(IN_PROGRESS).post("/tasks/{id}/progress", taskOfA)
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));

        var another = forbidden(as(officerA).contentType(ContentType.JSON).body(IN_PROGRESS).post("/tasks/{id}/progress", taskOfB));
        var missing = forbidden(as(officerA).contentType(ContentType.JSON).body(IN_PROGRESS)
                .post("/tasks/{id}/progress", UUID.randomUUID()));
        assertSameRefusal(another, missing);
        forbidden(as(officerA).contentType(ContentType.JSON).body("{}").post("/tasks/{id}/completion", taskOfB));

        given().get("/tasks/{id}", taskOfB).then().statusCode(200).body("status", equalTo("NOT_STARTED"));
        given().get("/tasks/{id}/progress", taskOfB).then().statusCode(200).body("$", hasSize(0));
        given().get("/tasks/{id}/progress", taskOfA).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aUnitOfficerSeesTheTasksItsUnitLeadsOrCooperatesOnButRecordsProgressOnlyAsLead() {
        TestProvince p = new TestProvince();
        String plan = p.plan("Kế hoạch của Sở D", p.departmentD);
        String taskOfA = p.task(plan, "Việc phòng A chủ trì", p.divisionA, null);
        String helpedByA = p.task(plan, "Việc phòng B chủ trì, phòng A phối hợp", p.divisionB, p.divisionA);
        String taskOfB = p.task(plan, "Việc riêng của phòng B", p.divisionB, null);
        String officerA = Tokens.staff("officer-a-" + p.suffix, p.divisionA, "unit-officer");

        as(officerA).get("/tasks/{id}", helpedByA).then().statusCode(200);
        forbidden(as(officerA).contentType(ContentType.JSON).body(IN_PROGRESS).post("/tasks/{id}/progress", helpedByA));
        assertSameRefusal(forbidden(as(officerA).get("/tasks/{id}", taskOfB)),
                forbidden(as(officerA).get("/tasks/{id}", UUID.randomUUID())));
        forbidden(as(officerA).get("/tasks/{id}/progress", taskOfB));

        // The department's plan itself is not the division's to see, only its tasks that concern the division.
        forbidden(as(officerA).get("/plans/{id}", plan));
        forbidden(as(officerA).get("/plans/{id}/appendix", plan));
        as(officerA).get("/plans/{id}/tasks", plan).then().statusCode(200)
                .body("id", containsInAnyOrder(taskOfA, helpedByA));
        as(officerA).queryParam("planId", plan).get("/tasks").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", containsInAnyOrder(taskOfA, helpedByA));
        as(officerA).queryParam("planId", plan).queryParam("size", 1).get("/tasks").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1));

        String officerE1 = Tokens.staff("officer-e1-" + p.suffix, p.divisionE1, "unit-officer");
        assertSameRefusal(forbidden(as(officerE1).get("/plans/{id}/tasks", plan)),
                forbidden(as(officerE1).get("/plans/{id}/tasks", UUID.randomUUID())));
    }

    @Test
    void aDepartmentPlannerListsItsSubtreesPlansAndTasksWithTotalsCountingOnlyThose() {
        TestProvince p = new TestProvince();
        String planOfD = p.plan("Kế hoạch của Sở D", p.departmentD);
        String planOfA = p.plan("Kế hoạch của phòng A", p.divisionA);
        String planOfE = p.plan("Kế hoạch của Sở E", p.departmentE);
        String planOfE1 = p.plan("Kế hoạch của phòng E1", p.divisionE1);
        String taskInD = p.task(planOfD, "Việc của phòng A", p.divisionA, null);
        String taskOfBInE = p.task(planOfE, "Sở E giao phòng B của Sở D", p.divisionB, null);
        String taskOfE1 = p.task(planOfE, "Việc của phòng E1", p.divisionE1, null);
        String plannerD = Tokens.staff("planner-d-" + p.suffix, p.departmentD, "planner");
        String plannerE = Tokens.staff("planner-e-" + p.suffix, p.departmentE, "planner");

        as(plannerD).queryParam("size", 200).get("/plans").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", containsInAnyOrder(planOfD, planOfA));
        as(plannerD).queryParam("size", 1).get("/plans").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1));
        as(plannerD).queryParam("issuingUnitCode", p.departmentE).get("/plans").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
        as(plannerE).queryParam("size", 200).get("/plans").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", containsInAnyOrder(planOfE, planOfE1));

        as(plannerD).queryParam("size", 200).get("/tasks").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", containsInAnyOrder(taskInD, taskOfBInE));
        as(plannerE).queryParam("size", 200).get("/tasks").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", containsInAnyOrder(taskOfBInE, taskOfE1));

        as(plannerD).get("/plans/{id}", planOfA).then().statusCode(200);
        assertSameRefusal(forbidden(as(plannerD).get("/plans/{id}", planOfE)),
                forbidden(as(plannerD).get("/plans/{id}", UUID.randomUUID())));
        forbidden(as(plannerD).get("/plans/{id}/export.xlsx", planOfE));
        as(plannerD).get("/tasks/{id}", taskOfBInE).then().statusCode(200);
        forbidden(as(plannerD).get("/tasks/{id}", taskOfE1));
        // A province-wide caller still learns that an id does not exist.
        given().get("/plans/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aPlannerCreatesAndChangesPlansOnlyForItsOwnSubtree() {
        TestProvince p = new TestProvince();
        String plannerD = Tokens.staff("planner-d-" + p.suffix, p.departmentD, "planner");
        String plannerE = Tokens.staff("planner-e-" + p.suffix, p.departmentE, "planner");
        String body = "{\"title\":\"Kế hoạch thử\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\"%s}";

        for (String elsewhere : List.of(p.departmentE, p.divisionE1, p.province)) {
            forbidden(as(plannerD).contentType(ContentType.JSON).body(body.formatted(",\"issuingUnitCode\":\"" + elsewhere + "\""))
                    .post("/plans"));
        }
        as(plannerD).contentType(ContentType.JSON).body(body.formatted("")).post("/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("issuingUnitCode"));
        as(plannerD).queryParam("size", 200).get("/plans").then().body("total", equalTo(0));

        String planOfA = as(plannerD).contentType(ContentType.JSON).body(body.formatted(",\"issuingUnitCode\":\"" + p.divisionA + "\""))
                .post("/plans").then().statusCode(201).body("issuingUnitCode", equalTo(p.divisionA)).extract().path("id");

        forbidden(as(plannerD).contentType(ContentType.JSON).body(body.formatted(",\"issuingUnitCode\":\"" + p.departmentE + "\""))
                .put("/plans/{id}", planOfA));
        forbidden(as(plannerE).contentType(ContentType.JSON).body(body.formatted(",\"issuingUnitCode\":\"" + p.departmentE + "\""))
                .put("/plans/{id}", planOfA));
        forbidden(as(plannerE).contentType(ContentType.JSON).body("{\"title\":\"Mục I\"}").post("/plans/{id}/sections", planOfA));
        forbidden(as(plannerE).contentType(ContentType.JSON).body("{\"content\":\"Việc\",\"leadUnitCodes\":[\"" + p.divisionE1 + "\"]}")
                .post("/plans/{id}/tasks", planOfA));
        forbidden(as(plannerE).contentType(ContentType.JSON).body("{\"number\":\"01/KH-E\"}").post("/plans/{id}/issue", planOfA));
        given().get("/plans/{id}", planOfA).then().statusCode(200)
                .body("issuingUnitCode", equalTo(p.divisionA)).body("status", equalTo("DRAFT"));

        String taskOfA = as(plannerD).contentType(ContentType.JSON).body("{\"content\":\"Việc của phòng A\",\"leadUnitCodes\":[\"" + p.divisionA + "\"]}")
                .post("/plans/{id}/tasks", planOfA).then().statusCode(201).extract().path("id");
        forbidden(as(plannerE).contentType(ContentType.JSON).body("{\"leadUnitCodes\":[\"" + p.divisionE1 + "\"]}")
                .put("/tasks/{id}/assignment", taskOfA));
        as(plannerD).contentType(ContentType.JSON).body("{\"number\":\"01/KH-A\"}").post("/plans/{id}/issue", planOfA)
                .then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    @Test
    void aPlannerImportsPlansOnlyForItsOwnSubtreeAndOthersCannotReadItsUpload() {
        TestProvince p = new TestProvince();
        String plannerD = Tokens.staff("planner-d-" + p.suffix, p.departmentD, "planner");
        String plannerE = Tokens.staff("planner-e-" + p.suffix, p.departmentE, "planner");
        String table = "KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025\nPHỤ LỤC\nSTT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện\n"
                + "1\tRà soát thủ tục hành chính\tPhòng A của Sở D " + p.suffix + "\tQuý II/2025\n";

        String upload = as(plannerD).contentType("text/plain; charset=utf-8").queryParam("year", 2025).body(table)
                .post("/plans/imports").then().statusCode(201).extract().path("id");
        assertSameRefusal(forbidden(as(plannerE).get("/plans/imports/{id}", upload)),
                forbidden(as(plannerE).get("/plans/imports/{id}", UUID.randomUUID())));
        forbidden(as(plannerE).contentType(ContentType.JSON).body("{\"issuingUnitCode\":\"" + p.departmentE + "\"}")
                .post("/plans/imports/{id}/confirmation", upload));

        forbidden(as(plannerD).contentType(ContentType.JSON).body("{\"title\":\"Kế hoạch nhập\",\"issuingUnitCode\":\"" + p.departmentE + "\"}")
                .post("/plans/imports/{id}/confirmation", upload));
        as(plannerD).contentType(ContentType.JSON).body("{\"title\":\"Kế hoạch nhập\"}")
                .post("/plans/imports/{id}/confirmation", upload)
                .then().statusCode(400).body("errors[0].field", equalTo("issuingUnitCode"));
        String plan = as(plannerD).contentType(ContentType.JSON).body("{\"title\":\"Kế hoạch nhập\",\"issuingUnitCode\":\"" + p.departmentD + "\"}")
                .post("/plans/imports/{id}/confirmation", upload).then().statusCode(201).extract().path("id");
        as(plannerD).get("/plans/{id}/tasks", plan).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].leadUnitCode", equalTo(p.divisionA));
    }

    @Test
    void anAuditorReadsItsSubtreeAndChangesNothing() {
        TestProvince p = new TestProvince();
        String plan = p.plan("Kế hoạch của Sở D", p.departmentD);
        String task = p.task(plan, "Việc phòng A chủ trì", p.divisionA, null);
        String planOfE = p.plan("Kế hoạch của Sở E", p.departmentE);
        String auditor = Tokens.staff("auditor-d-" + p.suffix, p.departmentD, "auditor");

        as(auditor).get("/plans/{id}", plan).then().statusCode(200);
        as(auditor).get("/plans/{id}/appendix", plan).then().statusCode(200).body("unsectioned", hasSize(1));
        as(auditor).get("/plans/{id}/history", plan).then().statusCode(200);
        as(auditor).get("/tasks/{id}/progress", task).then().statusCode(200);
        as(auditor).get("/plans/{id}/export.docx", plan).then().statusCode(200);
        forbidden(as(auditor).get("/plans/{id}", planOfE));

        String byRole = "Your role may not perform this operation.";
        assertThat(forbidden(as(auditor).contentType(ContentType.JSON).body(IN_PROGRESS).post("/tasks/{id}/progress", task))
                .<String>path("detail")).isEqualTo(byRole);
        assertThat(forbidden(as(auditor).contentType(ContentType.JSON)
                .body("{\"title\":\"Kế hoạch\",\"issuingUnitCode\":\"" + p.departmentD + "\"}").post("/plans"))
                .<String>path("detail")).isEqualTo(byRole);
        forbidden(as(auditor).contentType(ContentType.JSON).body("{\"title\":\"Sửa\",\"issuingUnitCode\":\"" + p.departmentD + "\"}")
                .put("/plans/{id}", plan));
        forbidden(as(auditor).contentType(ContentType.JSON).body("{}").post("/plans/{id}/issue", plan));
        given().get("/tasks/{id}/progress", task).then().body("$", hasSize(0));
        given().get("/plans/{id}", plan).then().body("title", equalTo("Kế hoạch của Sở D " + p.suffix)).body("status", equalTo("DRAFT"));
    }

    @Test
    void integrationReadsProvinceWideAndStillGets404ForWhatDoesNotExist() {
        TestProvince p = new TestProvince();
        String planOfD = p.plan("Kế hoạch của Sở D", p.departmentD);
        String planOfE1 = p.plan("Kế hoạch của phòng E1", p.divisionE1);
        String task = p.task(planOfE1, "Việc phòng E1 chủ trì", p.divisionE1, null);
        String unitless = given().contentType(ContentType.JSON)
                .body("{\"title\":\"Kế hoạch không có đơn vị ban hành " + p.suffix + "\"}").post("/plans")
                .then().statusCode(201).extract().path("id");
        String integration = Tokens.client("lgsp-" + p.suffix, "integration");

        as(integration).get("/plans/{id}", planOfD).then().statusCode(200);
        as(integration).get("/plans/{id}", planOfE1).then().statusCode(200);
        as(integration).get("/plans/{id}", unitless).then().statusCode(200);
        as(integration).get("/tasks/{id}", task).then().statusCode(200);
        as(integration).queryParam("issuingUnitCode", p.divisionE1).get("/plans").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(planOfE1));
        as(integration).queryParam("planId", planOfE1).get("/tasks").then().statusCode(200).body("total", equalTo(1));
        as(integration).get("/plans/{id}", UUID.randomUUID()).then().statusCode(404);
        as(integration).get("/tasks/{id}", UUID.randomUUID()).then().statusCode(404);
        forbidden(as(integration).contentType(ContentType.JSON).body(IN_PROGRESS).post("/tasks/{id}/progress", task));

        // A plan without an issuing unit is the province-wide callers' alone.
        String plannerE = Tokens.staff("planner-e-" + p.suffix, p.departmentE, "planner");
        forbidden(as(plannerE).get("/plans/{id}", unitless));
    }
}
