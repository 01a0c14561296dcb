package vn.tthc.reporting.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.reporting.Replicas;
import vn.tthc.reporting.TestClock;
import vn.tthc.reporting.TestRegimes;
import vn.tthc.reporting.rest.TestReports;
import vn.tthc.local.security.Tokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Who may do what to which unit's reports (SECURITY.md, "reporting-service"), over REST with real tokens, on a unit
 * tree of its own: province P → department D → office D-VP (the regime's receiving unit), divisions D-P1, D-P2 and
 * the inspectorate; and a second department elsewhere.
 */
@QuarkusTest
class ReportAccessTest {

    private static final String FORBIDDEN = "https://tthc.vn/problems/forbidden";

    @Inject
    TestClock clock;

    private Replicas.Tree tree;
    private String regime;
    private String officerP1;
    private String officerP2;
    private String leaderP1;
    private String plannerD;
    private String leaderD;
    private String auditorD;
    private String integration;

    @BeforeEach
    void treeRegimeAndPeople() {
        tree = Replicas.tree();
        regime = TestRegimes.createTthcControl(tree);
        clock.setToday(LocalDate.of(2025, 3, 10));
        officerP1 = Tokens.person("officer-" + tree.division1(), "nguyenvana.p1", tree.division1(), "unit-officer");
        officerP2 = Tokens.staff("officer-" + tree.division2(), tree.division2(), "unit-officer");
        leaderP1 = Tokens.staff("leader-" + tree.division1(), tree.division1(), "leader");
        plannerD = Tokens.staff("planner-" + tree.department(), tree.department(), "planner");
        leaderD = Tokens.person("leader-" + tree.department(), "levanc.giamdoc", tree.department(), "leader");
        auditorD = Tokens.staff("auditor-" + tree.department(), tree.department(), "auditor");
        integration = Tokens.client("lgsp", "integration");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aUnitOfficerReachesOnlyTheirOwnUnitsReportAndAnotherUnitsAnswersAsANonexistentOneDoes() {
        String own = startDraft(officerP1, tree.division1()).then().statusCode(201).extract().path("id");
        save(officerP1, own).then().statusCode(200);
        as(officerP1).get("/submissions/{id}", own).then().statusCode(200).body("unitCode", equalTo(tree.division1()));

        // Division 2's officer may neither start division 1's report nor reach it in any way.
        startDraft(officerP2, tree.division1()).then().statusCode(403).body("type", equalTo(FORBIDDEN));
        String nonexistent = UUID.randomUUID().toString();
        Map<String, Object> foreign = problemWithoutInstance(as(officerP2).get("/submissions/{id}", own));
        Map<String, Object> missing = problemWithoutInstance(as(officerP2).get("/submissions/{id}", nonexistent));
        assertThat(foreign).isEqualTo(missing).containsEntry("status", 403).containsEntry("type", FORBIDDEN);
        assertThat(problemWithoutInstance(as(officerP2).post("/submissions/{id}/submit", own)))
                .isEqualTo(problemWithoutInstance(as(officerP2).post("/submissions/{id}/submit", nonexistent)))
                .isEqualTo(foreign);
        assertThat(problemWithoutInstance(save(officerP2, own))).isEqualTo(problemWithoutInstance(save(officerP2, nonexistent)));
        assertThat(problemWithoutInstance(as(officerP2).get("/submissions/{id}/versions/1", own)))
                .isEqualTo(problemWithoutInstance(as(officerP2).get("/submissions/{id}/versions/1", nonexistent)))
                .isEqualTo(foreign);
        as(officerP2).queryParam("format", "docx").get("/submissions/{id}/document", own).then().statusCode(403)
                .body("type", equalTo(FORBIDDEN));

        // Province-wide callers are told what does not exist.
        as(integration).get("/submissions/{id}", nonexistent).then().statusCode(404)
                .body("type", equalTo("https://tthc.vn/problems/not-found"));
        given().get("/submissions/{id}", nonexistent).then().statusCode(404);

        // Nothing was changed by the refused requests: the owner still submits version 1.
        as(officerP1).post("/submissions/{id}/submit", own).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("currentVersion", equalTo(1));
    }

    @Test
    void listsShowAndCountOnlyTheReportsOfUnitsTheCallerSees() {
        startDraft(officerP1, tree.division1()).then().statusCode(201);
        // The department office (planners carry the department's code) prepares division 2's report.
        String second = startDraft(plannerD, tree.division2()).then().statusCode(201).extract().path("id");
        save(plannerD, second).then().statusCode(200);
        as(plannerD).post("/submissions/{id}/submit", second).then().statusCode(200);

        list(officerP1).then().statusCode(200).body("total", equalTo(1)).body("items.unitCode", contains(tree.division1()));
        list(officerP2).then().body("total", equalTo(1)).body("items.unitCode", contains(tree.division2()));
        list(plannerD).then().body("total", equalTo(2))
                .body("items.unitCode", contains(tree.division1(), tree.division2()));
        as(plannerD).queryParam("regimeCode", regime).queryParam("size", 1).get("/submissions").then()
                .body("total", equalTo(2)).body("items", hasSize(1));
        list(integration).then().body("total", equalTo(2));
        list(Tokens.staff("auditor-elsewhere", Replicas.tree().department(), "auditor")).then()
                .body("total", equalTo(0)).body("items", hasSize(0));
        // A filter on a unit the caller does not see finds nothing rather than failing.
        as(officerP1).queryParam("regimeCode", regime).queryParam("unitCode", tree.division2()).get("/submissions").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aLeaderAboveTheUnitDecidesWhileTheUnitsOwnOfficerAndLeaderMayNotAndTheHistoryShowsWho() {
        String id = startDraft(officerP1, tree.division1()).then().statusCode(201).extract().path("id");
        save(officerP1, id).then().statusCode(200);
        as(officerP1).post("/submissions/{id}/submit", id).then().statusCode(200);

        decide(officerP1, id, "ACCEPTED", null).then().statusCode(403).body("type", equalTo(FORBIDDEN))
                .body("detail", equalTo("Vai trò của bạn không được phép thực hiện thao tác này."));
        decide(leaderP1, id, "ACCEPTED", null).then().statusCode(403)
                .body("detail", equalTo("Bạn không có quyền với tài nguyên này: nó không thuộc đơn vị của bạn hoặc không tồn tại."));
        String otherLeader = Tokens.staff("leader-elsewhere", Replicas.tree().department(), "leader");
        decide(otherLeader, id, "ACCEPTED", null).then().statusCode(403);
        as(officerP1).get("/submissions/{id}", id).then().body("status", equalTo("SUBMITTED")).body("decisions", hasSize(0));

        decide(leaderD, id, "RETURNED", "Thiếu số liệu lĩnh vực Sở hữu trí tuệ.").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        String correction = TestReports.COMPLETE.replace("\"proceduresReviewed\":4", "\"proceduresReviewed\":5");
        // The department office corrects it (planners prepare the reports of the units under them).
        as(plannerD).contentType(ContentType.JSON).body(correction).put("/submissions/{id}/content", id)
                .then().statusCode(200).body("currentVersion", equalTo(2));
        as(officerP1).post("/submissions/{id}/submit", id).then().statusCode(200);
        decide(leaderD, id, "ACCEPTED", null).then().statusCode(200).body("status", equalTo("ACCEPTED"));

        as(auditorD).get("/submissions/{id}", id).then().statusCode(200)
                .body("createdBy.subject", equalTo("officer-" + tree.division1()))
                .body("createdBy.name", equalTo("nguyenvana.p1"))
                .body("createdBy.unit", equalTo(tree.division1()))
                .body("versions.number", contains(1, 2))
                .body("versions[0].savedBy.subject", equalTo("officer-" + tree.division1()))
                .body("versions[0].savedBy.name", equalTo("nguyenvana.p1"))
                .body("versions[0].submittedBy.unit", equalTo(tree.division1()))
                .body("versions[1].savedBy.subject", equalTo("planner-" + tree.department()))
                .body("versions[1].savedBy.unit", equalTo(tree.department()))
                .body("versions[1].submittedBy.subject", equalTo("officer-" + tree.division1()))
                .body("decisions.decision", contains("RETURNED", "ACCEPTED"))
                .body("decisions[0].decidedBy.subject", equalTo("leader-" + tree.department()))
                .body("decisions[0].decidedBy.name", equalTo("levanc.giamdoc"))
                .body("decisions[0].decidedBy.unit", equalTo(tree.department()))
                .body("decisions[1].decidedBy.name", equalTo("levanc.giamdoc"));
    }

    @Test
    void anAuditorReadsItsSubtreeButWritesNothingAndIntegrationReadsEverywhere() {
        String id = startDraft(Tokens.defaultToken(), tree.division1()).then().statusCode(201)
                .body("createdBy.subject", equalTo(Tokens.DEFAULT_SUBJECT)).body("createdBy.unit", nullValue())
                .extract().path("id");

        as(auditorD).get("/submissions/{id}", id).then().statusCode(200);
        as(auditorD).get("/submissions/{id}/versions/1", id).then().statusCode(200);
        as(auditorD).queryParam("format", "xlsx").get("/submissions/{id}/document", id).then().statusCode(200);
        as(auditorD).get("/regimes/{code}/periods/2025-Q1/completeness", regime).then().statusCode(200)
                .body("expected", equalTo(3));
        as(auditorD).get("/regimes/{code}/periods/2025-Q1/consolidated", regime).then().statusCode(200);
        as(auditorD).queryParam("unitCode", tree.department()).get("/aggregates/figures").then().statusCode(200);

        startDraft(auditorD, tree.division2()).then().statusCode(403).body("type", equalTo(FORBIDDEN));
        save(auditorD, id).then().statusCode(403);
        as(auditorD).post("/submissions/{id}/submit", id).then().statusCode(403);
        decide(auditorD, id, "ACCEPTED", null).then().statusCode(403);
        adHoc(auditorD, "kiem-tra-" + tree.department()).then().statusCode(403);
        given().get("/submissions/{id}", id).then().body("status", equalTo("DRAFT"))
                .body("versions[0].savedBy.subject", equalTo(Tokens.DEFAULT_SUBJECT));

        as(integration).get("/submissions/{id}", id).then().statusCode(200);
        as(integration).get("/regimes/{code}/periods/2025-Q1/consolidated", regime).then().statusCode(200);
        as(integration).queryParam("unitCode", tree.province()).get("/aggregates/figures").then().statusCode(200);
        as(integration).get("/units/{code}", tree.division1()).then().statusCode(200);
        save(integration, id).then().statusCode(403);
        decide(integration, id, "ACCEPTED", null).then().statusCode(403);
    }

    @Test
    void figuresAndPeriodReportsAreForUnitsTheCallerSees() {
        as(officerP1).queryParam("unitCode", tree.division1()).get("/aggregates/figures").then().statusCode(200)
                .body("unitCode", equalTo(tree.division1()));
        as(officerP1).queryParam("unitCode", tree.department()).get("/aggregates/figures").then().statusCode(403)
                .body("type", equalTo(FORBIDDEN));
        as(officerP1).queryParam("unitCode", tree.division2()).get("/aggregates/task-completions").then().statusCode(403);
        as(officerP1).queryParam("unitCode", tree.division1()).get("/regimes/{code}/periods/2025-Q1/figures", regime)
                .then().statusCode(200);
        as(officerP1).queryParam("unitCode", tree.division2()).get("/regimes/{code}/periods/2025-Q1/figures", regime)
                .then().statusCode(403);
        // Completeness and the consolidated report belong to the receiving unit (the office).
        as(officerP1).get("/regimes/{code}/periods/2025-Q1/completeness", regime).then().statusCode(403);
        as(officerP1).get("/regimes/{code}/periods/2025-Q1/consolidated", regime).then().statusCode(403);
        as(officerP1).queryParam("format", "docx").get("/regimes/{code}/periods/2025-Q1/consolidated/document", regime)
                .then().statusCode(403);
        String officeOfficer = Tokens.staff("officer-" + tree.office(), tree.office(), "unit-officer");
        as(officeOfficer).get("/regimes/{code}/periods/2025-Q1/completeness", regime).then().statusCode(200);

        as(plannerD).queryParam("unitCode", tree.department()).get("/aggregates/task-completions").then().statusCode(200);
        as(plannerD).queryParam("unitCode", tree.province()).get("/aggregates/figures").then().statusCode(403);
        as(leaderD).get("/regimes/{code}/periods/2025-Q1/consolidated", regime).then().statusCode(200)
                .body("receivingUnitCode", equalTo(tree.office()));
        String plannerElsewhere = Tokens.staff("planner-elsewhere", Replicas.tree().department(), "planner");
        as(plannerElsewhere).get("/regimes/{code}/periods/2025-Q1/completeness", regime).then().statusCode(403);

        // Regimes, periods and units are reference data every reader sees.
        as(officerP1).get("/regimes/{code}/periods/2025-Q1", regime).then().statusCode(200);
        as(plannerElsewhere).get("/regimes/{code}", regime).then().statusCode(200);
        as(officerP1).queryParam("under", tree.department()).get("/units").then().statusCode(200).body("total", equalTo(5));
    }

    @Test
    void regimesAreWrittenByAdministratorsWithAHistoryAndAdHocRequestsByTheReceivingSide() {
        String administrator = Tokens.person("admin-" + tree.department(), "quantri.tinh", null, "administrator");
        String code = "regime-" + UUID.randomUUID();
        String document = TestRegimes.tthcControlFor(tree, code);
        as(plannerD).contentType(ContentType.JSON).body(document).post("/regimes").then().statusCode(403)
                .body("type", equalTo(FORBIDDEN));
        as(administrator).contentType(ContentType.JSON).body(document).post("/regimes").then().statusCode(201);
        as(leaderD).contentType(ContentType.JSON).body(document).put("/regimes/{code}", code).then().statusCode(403);
        as(administrator).contentType(ContentType.JSON).body(document.replace("\"name\": \"Báo cáo tình hình",
                "\"name\": \"Báo cáo (sửa) tình hình")).put("/regimes/{code}", code).then().statusCode(200);

        String request = adHoc(plannerD, "dot-xuat-1").then().statusCode(201)
                .body("requestedBy.subject", equalTo("planner-" + tree.department()))
                .body("requestedBy.unit", equalTo(tree.department()))
                .extract().path("key");
        assertThat(request).isEqualTo("dot-xuat-1");
        as(officerP1).queryParam("year", 2025).queryParam("type", "AD_HOC").get("/regimes/{code}/periods", regime).then()
                .statusCode(200).body("items.key", contains("dot-xuat-1"))
                .body("items[0].requestedBy.subject", equalTo("planner-" + tree.department()));
        as(officerP1).get("/regimes/{code}/periods/2025-Q1", regime).then().body("requestedBy", nullValue());
        adHoc(Tokens.staff("planner-elsewhere", Replicas.tree().department(), "planner"), "dot-xuat-2").then()
                .statusCode(403).body("type", equalTo(FORBIDDEN));
        adHoc(officerP1, "dot-xuat-3").then().statusCode(403);

        as(administrator).delete("/regimes/{code}", code).then().statusCode(204);
        as(auditorD).get("/regimes/{code}/changes", code).then().statusCode(200)
                .body("kind", contains("CREATED", "UPDATED", "DELETED"))
                .body("version", contains(0, 1, 1))
                .body("changedBy.subject", contains("admin-" + tree.department(), "admin-" + tree.department(),
                        "admin-" + tree.department()))
                .body("changedBy[0].name", equalTo("quantri.tinh"))
                .body("changedBy[0].unit", nullValue());
        as(auditorD).get("/regimes/{code}/changes", "no-such-regime-" + UUID.randomUUID()).then().statusCode(404);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header(Tokens.bearer(token));
    }

    private Response startDraft(String token, String unit) {
        return as(token).contentType(ContentType.JSON)
                .body("{\"regimeCode\":\"%s\",\"periodKey\":\"2025-Q1\",\"unitCode\":\"%s\"}".formatted(regime, unit))
                .post("/submissions");
    }

    private static Response save(String token, String id) {
        return as(token).contentType(ContentType.JSON).body(TestReports.COMPLETE).put("/submissions/{id}/content", id);
    }

    private static Response decide(String token, String id, String decision, String comment) {
        return as(token).contentType(ContentType.JSON)
                .body(comment == null ? "{\"decision\":\"%s\"}".formatted(decision)
                        : "{\"decision\":\"%s\",\"comment\":\"%s\"}".formatted(decision, comment))
                .post("/submissions/{id}/decisions", id);
    }

    private Response adHoc(String token, String key) {
        return as(token).contentType(ContentType.JSON).body("""
                        {"key":"%s","title":"Báo cáo đột xuất về rà soát thủ tục","windowStart":"2025-01-01",
                         "windowEnd":"2025-02-28","lastAllowedDay":"2025-03-20"}""".formatted(key))
                .post("/regimes/{code}/ad-hoc-requests", regime);
    }

    private Response list(String token) {
        return as(token).queryParam("regimeCode", regime).get("/submissions");
    }

    /** A problem's body without its instance (the path it answers, which names the id asked for). */
    private static Map<String, Object> problemWithoutInstance(Response response) {
        response.then().contentType("application/problem+json");
        Map<String, Object> body = new HashMap<>(response.jsonPath().getMap("$"));
        assertThat(body.remove("instance")).isNotNull();
        return body;
    }
}
