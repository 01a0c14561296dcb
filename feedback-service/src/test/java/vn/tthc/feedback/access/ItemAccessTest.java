package vn.tthc.feedback.access;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Api;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.TestClock;
import vn.tthc.feedback.TestUnits;
import vn.tthc.feedback.repository.FeedbackItemRepository;
import vn.tthc.local.security.Tokens;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Who may see and act on which item (SECURITY.md, "### feedback-service"): by unit, with another unit's item and an
 * item that does not exist answered alike, and lists filtered in the query.
 */
@QuarkusTest
class ItemAccessTest {

    // Tokens live ten minutes: signed for each test, not once per class.
    /** An officer of unit A (the department's inspectorate); the test items are assigned to unit B (its QLKH division). */
    private String officerA;
    private String officerB;
    private String otherPlanner;

    @Inject
    TestClock clock;

    @Inject
    FeedbackItemRepository items;

    @BeforeEach
    void setUp() {
        officerA = Tokens.staff("ttra.officer", TestUnits.INSPECTORATE, Caller.UNIT_OFFICER);
        officerB = Tokens.staff("qlkh.expert", TestUnits.DIVISION, Caller.UNIT_OFFICER);
        otherPlanner = Tokens.staff("stp.clerk", TestUnits.OTHER_DEPARTMENT, Caller.PLANNER);
        TestUnits.ensure();
        clock.setDay(LocalDate.of(2025, 9, 8));
    }

    private static String receive(String title, String receivingUnit) {
        return Api.portalPost(Api.submission(title, "Nội dung phản ánh: " + title)
                        .replace("\"receivingUnitCode\":\"SKHCN-VP\"", "\"receivingUnitCode\":\"" + receivingUnit + "\""))
                .statusCode(201).extract().path("itemId");
    }

    private static String assigned(String title) {
        String id = receive(title, TestUnits.OFFICE);
        Api.assign(id);
        return id;
    }

    /** The problem without its instance (the path it was asked at). */
    private static Map<String, Object> problem(Response response) {
        Map<String, Object> problem = JsonPath.from(response.asString()).getMap("$");
        problem.remove("instance");
        return problem;
    }

    @Test
    void anOfficerOfAnotherUnitGetsTheSame403AsForAnItemThatDoesNotExist() {
        String id = assigned("Giao Phòng QLKH " + UUID.randomUUID());
        String missing = UUID.randomUUID().toString();

        Response other = Api.as(officerA).get("/items/" + id);
        Response none = Api.as(officerA).get("/items/" + missing);
        other.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/forbidden"));
        none.then().statusCode(403);
        assertThat(problem(other)).isEqualTo(problem(none)).containsEntry("status", 403);

        // Acting on it, or on its parts, is refused alike.
        Response start = Api.as(officerA).post("/items/" + id + "/start");
        Response startNone = Api.as(officerA).post("/items/" + missing + "/start");
        start.then().statusCode(403);
        assertThat(problem(start)).isEqualTo(problem(startNone));
        Api.as(officerA).body("{\"answer\":\"Trả lời\"}").post("/items/" + id + "/answer-draft").then().statusCode(403);
        Api.as(officerA).get("/items/" + id + "/duplicates").then().statusCode(403);
        Api.as(officerA).get("/items/" + id + "/attachments/" + UUID.randomUUID()).then().statusCode(403);
        Api.clerk().get("/items/" + id).then().body("status", equalTo("ASSIGNED")).body("history", hasSize(2));

        // The assigned unit's officer reads and acts.
        Api.as(officerB).get("/items/" + id).then().statusCode(200);
        Api.as(officerB).post("/items/" + id + "/start").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));

        // Province-wide callers still learn that an id does not exist.
        given().get("/items/" + missing).then().statusCode(404);
        given().header(Tokens.bearer(Tokens.client("integration", Caller.INTEGRATION))).get("/items/" + missing)
                .then().statusCode(404);
        given().header(Tokens.bearer(Tokens.client("integration", Caller.INTEGRATION))).get("/items/" + id)
                .then().statusCode(200);
    }

    @Test
    void aLeaderApprovesTheAnswerWhileAnOfficerGets403() {
        String id = assigned("Duyệt dự thảo " + UUID.randomUUID());
        Api.as(officerB).post("/items/" + id + "/start").then().statusCode(200);
        Api.as(officerB).body("{\"answer\":\"Dự thảo trả lời\"}").post("/items/" + id + "/answer-draft").then().statusCode(200);

        Api.as(officerB).post("/items/" + id + "/answer-approval").then().statusCode(403)
                .body("type", equalTo("https://tthc.vn/problems/forbidden"))
                .body("detail", equalTo("Vai trò của bạn không được phép thực hiện thao tác này."));
        // Leaders beside the division (the office) or of another department may not approve it either.
        Api.staff("vp.leader", TestUnits.OFFICE, Caller.LEADER).post("/items/" + id + "/answer-approval").then().statusCode(403);
        Api.staff("stp.leader", TestUnits.OTHER_DEPARTMENT, Caller.LEADER).post("/items/" + id + "/answer-approval")
                .then().statusCode(403);
        Api.clerk().get("/items/" + id).then().body("status", equalTo("ANSWER_DRAFTED"));

        Api.as(Tokens.person("5c2b9f1e-director", "Lê Văn Giám Đốc", TestUnits.DEPARTMENT, Caller.LEADER))
                .body("{\"note\":\"Đồng ý\"}").post("/items/" + id + "/answer-approval").then().statusCode(200)
                .body("status", equalTo("ANSWER_APPROVED"))
                .body("history[-1].action", equalTo("APPROVE_ANSWER"))
                .body("history[-1].actor", equalTo("5c2b9f1e-director"))
                .body("history[-1].actorName", equalTo("Lê Văn Giám Đốc"))
                .body("history[-1].actorUnit", equalTo("SKHCN"))
                .body("history[-1].at", equalTo("2025-09-08T02:00:00Z"));

        // The division's leader sees the item but the answer is sent by the receiving side.
        Api.staff("qlkh.leader", TestUnits.DIVISION, Caller.LEADER).get("/items/" + id).then().statusCode(200);
        Api.staff("qlkh.leader", TestUnits.DIVISION, Caller.LEADER).post("/items/" + id + "/answer-sending")
                .then().statusCode(403);
        Api.director().post("/items/" + id + "/answer-sending").then().statusCode(200).body("status", equalTo("ANSWERED"));
    }

    @Test
    void listsAreFilteredInTheQueryAndTheirTotalsCountOnlyWhatTheCallerSees() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String assignedToB = assigned("Danh sách " + marker + " giao QLKH");
        String unassigned = receive("Danh sách " + marker + " chưa giao", TestUnits.OFFICE);
        String otherDepartment = receive("Danh sách " + marker + " Sở Tư pháp", TestUnits.OTHER_DEPARTMENT);

        assertThat(list(Tokens.staff("vp.clerk", TestUnits.DEPARTMENT, Caller.PLANNER), marker))
                .containsExactlyInAnyOrder(assignedToB, unassigned);
        assertThat(list(otherPlanner, marker)).containsExactly(otherDepartment);
        assertThat(list(officerB, marker)).containsExactly(assignedToB);
        assertThat(list(officerA, marker)).isEmpty();
        assertThat(list(Tokens.staff("qlkh.leader", TestUnits.DIVISION, Caller.LEADER), marker)).containsExactly(assignedToB);
        assertThat(list(Tokens.staff("province.auditor", TestUnits.PROVINCE, Caller.AUDITOR), marker))
                .containsExactlyInAnyOrder(assignedToB, unassigned, otherDepartment);
        assertThat(list(Tokens.client("integration", Caller.INTEGRATION), marker))
                .containsExactlyInAnyOrder(assignedToB, unassigned, otherDepartment);
        assertThat(list(Tokens.staff("no.unit", null, Caller.PLANNER), marker)).isEmpty();

        // The total counts the caller's items, not the whole table, on every page.
        Api.clerk().queryParam("q", marker).queryParam("size", 1).get("/items").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1));
        // A unit filter only narrows the caller's scope.
        Api.as(otherPlanner).queryParam("q", marker).queryParam("unitCode", TestUnits.DEPARTMENT).get("/items").then()
                .statusCode(200).body("total", equalTo(0)).body("items", empty());
    }

    private static java.util.List<String> list(String token, String marker) {
        JsonPath page = Api.as(token).queryParam("q", marker).queryParam("size", 100).get("/items").then().statusCode(200)
                .extract().jsonPath();
        java.util.List<String> ids = page.getList("items.id");
        assertThat(page.getLong("total")).isEqualTo(ids.size());
        return ids;
    }

    @Test
    void staffEnterItemsOnlyForTheirUnitOrBelowIt() {
        String body = """
                {"sender":{"name":"Phạm Thị Dung","phone":"0912345678"},"title":"Gọi điện","content":"Hỏi về thủ tục cấp phép.",
                 "channel":"PHONE","publicationConsent":false,"receivingUnitCode":"SKHCN-VP"}""";
        long before = items.count();
        Api.as(otherPlanner).body(body).post("/items").then().statusCode(403)
                .body("type", equalTo("https://tthc.vn/problems/forbidden"));
        Api.as(officerB).body(body).post("/items").then().statusCode(403);
        Api.staff("vp.leader", TestUnits.DEPARTMENT, Caller.LEADER).body(body).post("/items").then().statusCode(403);
        assertThat(items.count()).isEqualTo(before);

        // A division's officer enters what reaches their own desk; it is received by their unit, and theirs to read.
        String id = Api.as(officerB).body(body.replace(",\"receivingUnitCode\":\"SKHCN-VP\"", "")).post("/items")
                .then().statusCode(201).extract().path("itemId");
        Api.as(officerB).get("/items/" + id).then().statusCode(200)
                .body("receivingUnitCode", equalTo(TestUnits.DIVISION))
                .body("enteredBy", equalTo("qlkh.expert"))
                .body("history[0].actorUnit", equalTo(TestUnits.DIVISION));
        Api.as(officerA).get("/items/" + id).then().statusCode(403);
        // Its department's office sees it to classify it.
        Api.clerk().get("/items/" + id).then().statusCode(200);
    }

    @Test
    void dueListsAndStatisticsOnlyForUnitsTheCallerSees() {
        Api.as(officerA).queryParam("unitCode", TestUnits.DEPARTMENT).get("/items/due").then().statusCode(403);
        Api.as(officerA).queryParam("unitCode", TestUnits.DIVISION).get("/items/due").then().statusCode(403);
        Api.as(officerA).queryParam("unitCode", TestUnits.INSPECTORATE).get("/items/due").then().statusCode(200);
        Api.clerk().queryParam("unitCode", TestUnits.DIVISION).get("/items/due").then().statusCode(200);

        Api.as(otherPlanner).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .queryParam("unitCode", TestUnits.DEPARTMENT).get("/statistics").then().statusCode(403);
        Api.director().queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").get("/statistics").then()
                .statusCode(200).body("unitCode", equalTo(TestUnits.DEPARTMENT));
        Api.as(officerB).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").get("/statistics")
                .then().statusCode(403);
        // Counted only within the caller's subtree: another department's items are not in the director's figures.
        String marker = "Thống kê " + UUID.randomUUID().toString().substring(0, 8);
        clock.setDay(LocalDate.of(2022, 2, 8));
        receive(marker, TestUnits.OTHER_DEPARTMENT);
        Api.director().queryParam("from", "2022-02-01").queryParam("to", "2022-02-28").get("/statistics").then()
                .statusCode(200).body("received", equalTo(0));
        Api.as(otherPlanner).queryParam("from", "2022-02-01").queryParam("to", "2022-02-28").get("/statistics").then()
                .statusCode(200).body("received", equalTo(1));
    }

    @Test
    void duplicatesAcrossDepartmentsStayWithinWhatTheCallerSees() {
        String ours = receive("Trùng lặp " + UUID.randomUUID(), TestUnits.OFFICE);
        String theirs = receive("Trùng lặp " + UUID.randomUUID(), TestUnits.OTHER_DEPARTMENT);
        Response link = Api.clerk().post("/items/" + ours + "/duplicates/" + theirs + "/link");
        Response linkNone = Api.clerk().post("/items/" + ours + "/duplicates/" + UUID.randomUUID() + "/link");
        link.then().statusCode(403);
        assertThat(problem(link)).isEqualTo(problem(linkNone));
        Api.clerk().body("{\"intoItemId\":\"" + theirs + "\"}").post("/items/" + ours + "/merge").then().statusCode(403);

        // An administrator links them; the planner does not see the other department's item in the list.
        given().contentType("application/json").header(Tokens.bearer(
                        Tokens.person("0b5e-admin", "Quản trị hệ thống", TestUnits.PROVINCE, Caller.ADMINISTRATOR)))
                .post("/items/" + ours + "/duplicates/" + theirs + "/link").then().statusCode(200)
                .body("state", equalTo("LINKED"))
                .body("decidedBy", equalTo("0b5e-admin"))
                .body("decidedByName", equalTo("Quản trị hệ thống"))
                .body("decidedByUnit", equalTo(TestUnits.PROVINCE));
        given().get("/items/" + ours + "/duplicates").then().body("otherItemId", contains(theirs));
        Api.clerk().get("/items/" + ours + "/duplicates").then().statusCode(200).body("otherItemId", not(hasItem(theirs)));
    }
}
