package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Api;
import vn.tthc.feedback.TestClock;
import vn.tthc.feedback.TestUnits;

import java.time.LocalDate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Every path of the workflow over REST, with the audit trail each one leaves. */
@QuarkusTest
class WorkflowApiTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        TestUnits.ensure();
        clock.setDay(LocalDate.of(2025, 3, 10));
    }

    private static String receive(String title) {
        return Api.portalPost(Api.submission(title, "Hồ sơ nộp ngày 02/01/2025 đến nay chưa có kết quả: " + title))
                .statusCode(201).extract().path("itemId");
    }

    private void on(int month, int day) {
        clock.setDay(LocalDate.of(2025, month, day));
    }

    @Test
    void withinCompetenceToPublishedWithAReturnedAnswerAndAnExtension() {
        String id = receive("Trọn quy trình");
        on(3, 11);
        Api.clerk().body("""
                {"classification":"WITHIN_COMPETENCE","handlingUnitCode":"SKHCN-QLKH","note":"Giao Phòng QLKH"}""")
                .post("/items/" + id + "/classification").then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("handlingUnitCode", equalTo("SKHCN-QLKH"))
                // Portal item: 3 working days for the division from Tuesday 11 March, then 2 for the answer.
                .body("steps[1].kind", equalTo("HANDLING")).body("steps[1].dueDate", equalTo("2025-03-14"))
                .body("answerDueDate", equalTo("2025-03-18"));
        on(3, 12);
        Api.expert().post("/items/" + id + "/start").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        Api.clerk().body("{\"reason\":\"Vụ việc phức tạp, cần lấy ý kiến Sở Tư pháp\"}")
                .post("/items/" + id + "/extensions").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("extensions", equalTo(1))
                // The default extension (complex 10 − handling 5) adds 5 working days.
                .body("steps[1].dueDate", equalTo("2025-03-21"))
                .body("answerDueDate", equalTo("2025-03-25"));
        on(3, 17);
        Api.expert().body("{\"answer\":\"Dự thảo trả lời lần 1\"}").post("/items/" + id + "/answer-draft").then()
                .statusCode(200).body("status", equalTo("ANSWER_DRAFTED"));
        on(3, 18);
        Api.director().body("{\"note\":\"Chưa trả lời về thời hạn giải quyết\"}").post("/items/" + id + "/answer-return")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        Api.expert().body("{\"answer\":\"Hồ sơ của ông đã được giải quyết ngày 15/3/2025.\",\"note\":\"Bổ sung\"}")
                .post("/items/" + id + "/answer-draft").then().statusCode(200);
        on(3, 19);
        Api.director().post("/items/" + id + "/answer-approval").then().statusCode(200).body("status", equalTo("ANSWER_APPROVED"));
        on(3, 20);
        Api.clerk().post("/items/" + id + "/answer-sending").then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answeredOn", equalTo("2025-03-20"))
                .body("answeredOnTime", equalTo(true));
        on(3, 21);
        ValidatableResponse published = Api.clerk().body("{\"note\":\"Đăng trên Cổng\"}").post("/items/" + id + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedOn", equalTo("2025-03-21"));

        published.body("history.action", contains("RECEIVE", "ASSIGN", "START", "EXTEND", "DRAFT_ANSWER", "RETURN_ANSWER",
                        "DRAFT_ANSWER", "APPROVE_ANSWER", "SEND_ANSWER", "PUBLISH"))
                .body("history.toStatus", contains("RECEIVED", "ASSIGNED", "IN_PROGRESS", "IN_PROGRESS", "ANSWER_DRAFTED",
                        "IN_PROGRESS", "ANSWER_DRAFTED", "ANSWER_APPROVED", "ANSWERED", "PUBLISHED"))
                // Who: the token's subject, readable name and unit; the portal's client received it.
                .body("history.actor", contains("service-account-portal", "vp.clerk", "qlkh.expert", "vp.clerk", "qlkh.expert",
                        "director", "qlkh.expert", "director", "vp.clerk", "vp.clerk"))
                .body("history.actorName", contains("service-account-portal", "vp.clerk", "qlkh.expert", "vp.clerk",
                        "qlkh.expert", "director", "qlkh.expert", "director", "vp.clerk", "vp.clerk"))
                .body("history.actorUnit", contains(null, "SKHCN", "SKHCN-QLKH", "SKHCN", "SKHCN-QLKH",
                        "SKHCN", "SKHCN-QLKH", "SKHCN", "SKHCN", "SKHCN"))
                .body("history[1].note", equalTo("Giao Phòng QLKH"))
                .body("history[3].note", equalTo("+5: Vụ việc phức tạp, cần lấy ý kiến Sở Tư pháp"))
                .body("history[5].fromStatus", equalTo("ANSWER_DRAFTED"))
                .body("history[5].note", equalTo("Chưa trả lời về thời hạn giải quyết"))
                .body("history[9].note", equalTo("Đăng trên Cổng"))
                .body("history[9].at", equalTo("2025-03-21T02:00:00Z"))
                .body("steps.kind", contains("CLASSIFICATION", "HANDLING", "ANSWER", "HANDLING", "ANSWER", "PUBLICATION"))
                .body("answer", equalTo("Hồ sơ của ông đã được giải quyết ngày 15/3/2025."));
    }

    @Test
    void notAcceptedByStaff() {
        String id = receive("Không rõ nội dung");
        Api.clerk().body("{\"classification\":\"NOT_ACCEPTED\",\"reason\":\"UNCLEAR_CONTENT\",\"note\":\"Không nêu thủ tục nào\"}")
                .post("/items/" + id + "/classification").then().statusCode(200)
                .body("status", equalTo("NOT_ACCEPTED"))
                .body("notAcceptedReason.code", equalTo("UNCLEAR_CONTENT"))
                .body("history.action", contains("RECEIVE", "REJECT"))
                .body("history[1].actor", equalTo("vp.clerk"))
                .body("history[1].note", equalTo("UNCLEAR_CONTENT: Không nêu thủ tục nào"))
                .body("steps[0].endedOn", equalTo("2025-03-10"));
        Api.clerk().body("{\"classification\":\"NOT_ACCEPTED\"}").post("/items/" + receive("Thiếu lý do") + "/classification")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void aboutAnOfficialsConductIsTransferred() {
        String id = receive("Thái độ cán bộ");
        Api.clerk().body("{\"classification\":\"CONDUCT\",\"transferUnitCode\":\"SKHCN-TTRA\"}")
                .post("/items/" + id + "/classification").then().statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("transfer.kind", equalTo("CONDUCT"))
                .body("transfer.unitCode", equalTo("SKHCN-TTRA"))
                .body("transfer.agency", equalTo("Thanh tra Sở"))
                .body("history.action", contains("RECEIVE", "TRANSFER"));
    }

    @Test
    void outsideCompetenceIsTransferredToTheCompetentAgency() {
        String id = receive("Chứng thực bản sao");
        on(3, 14);
        Api.clerk().body("{\"classification\":\"OUTSIDE_COMPETENCE\",\"transferAgency\":\"Sở Tư pháp tỉnh Sóc Trăng\",\"note\":\"Lĩnh vực chứng thực\"}")
                .post("/items/" + id + "/classification").then().statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("transfer.kind", equalTo("OUTSIDE_COMPETENCE"))
                .body("transfer.agency", equalTo("Sở Tư pháp tỉnh Sóc Trăng"))
                .body("history[1].note", equalTo("Lĩnh vực chứng thực"))
                .body("steps[0].dueDate", equalTo("2025-03-17"))
                .body("steps[0].endedOn", equalTo("2025-03-14"));
    }

    @Test
    void theDivisionMustBeUnderTheReceivingAgency() {
        String id = receive("Sai đơn vị");
        Api.clerk().body("{\"classification\":\"WITHIN_COMPETENCE\",\"handlingUnitCode\":\"STP-HCTP\"}")
                .post("/items/" + id + "/classification").then().statusCode(400)
                .body("errors[0].field", equalTo("handlingUnitCode"));
        Api.clerk().body("{\"classification\":\"WITHIN_COMPETENCE\",\"handlingUnitCode\":\"NO-SUCH\"}")
                .post("/items/" + id + "/classification").then().statusCode(400);
        Api.clerk().get("/items/" + id).then().body("status", equalTo("RECEIVED")).body("history", hasSize(1));
    }

    @Test
    void anInvalidTransitionIsA409AndChangesNothing() {
        String id = receive("Sai thao tác");
        Api.clerk().post("/items/" + id + "/answer-sending").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/transition.invalid"))
                .body("title", equalTo("Xung đột trạng thái"));
        Api.clerk().body("{\"reason\":\"x\"}").post("/items/" + id + "/extensions").then().statusCode(409);
        Api.clerk().get("/items/" + id).then().body("status", equalTo("RECEIVED")).body("history", hasSize(1))
                .body("extensions", equalTo(0));
    }

    @Test
    void anExtensionNeedsAReason() {
        String id = receive("Gia hạn không lý do");
        Api.assign(id);
        Api.clerk().body("{\"workingDays\":3}").post("/items/" + id + "/extensions").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Api.clerk().body("{\"reason\":\"  \",\"workingDays\":3}").post("/items/" + id + "/extensions").then().statusCode(400);
    }

    @Test
    void aStaleIfMatchIsA412() {
        String id = receive("Cập nhật đồng thời");
        String etag = Api.clerk().get("/items/" + id).then().statusCode(200).extract().header("ETag");
        Api.clerk().header("If-Match", etag).body("{\"classification\":\"WITHIN_COMPETENCE\",\"handlingUnitCode\":\"SKHCN-QLKH\"}")
                .post("/items/" + id + "/classification").then().statusCode(200);
        Api.expert().header("If-Match", etag).post("/items/" + id + "/start").then().statusCode(412)
                .body("type", equalTo("https://tthc.vn/problems/stale"));
    }

    @Test
    void withoutConsentTheAnswerIsNotPublished() {
        String id = Api.portalPost(Api.submission("Nguyễn Văn An", "Sóc Trăng", null, "Không công khai",
                "Đề nghị không công khai thông tin của tôi.", false)).statusCode(201).extract().path("itemId");
        Api.assign(id);
        Api.approveAnswer(id, "Trả lời");
        Api.clerk().post("/items/" + id + "/answer-sending").then().statusCode(200).body("publishedOn", nullValue());
        Api.clerk().post("/items/" + id + "/publication").then().statusCode(409)
                .body("type", equalTo("https://tthc.vn/problems/item.no-publication-consent"));
    }
}
