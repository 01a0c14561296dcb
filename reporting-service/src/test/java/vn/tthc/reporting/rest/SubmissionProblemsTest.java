package vn.tthc.reporting.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.reporting.Replicas;
import vn.tthc.reporting.TestClock;
import vn.tthc.reporting.TestRegimes;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** Bad input: problems with field detail, and nothing stored. */
@QuarkusTest
class SubmissionProblemsTest {

    @Inject
    TestClock clock;

    private Replicas.Tree tree;
    private String regime;

    @BeforeEach
    void regimeForANewTree() {
        tree = Replicas.tree();
        regime = TestRegimes.createTthcControl(tree);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPeriodNotYetOpenAndAUnitOutsideTheRegimeAreRefused() {
        clock.setToday(LocalDate.of(2024, 12, 14));
        draft(tree.division1(), "2025-Q1").then().statusCode(400)
                .body("errors[0].field", equalTo("periodKey"))
                .body("errors[0].message", equalTo("kỳ báo cáo chưa mở (mở từ ngày đầu kỳ số liệu)"));

        clock.setToday(LocalDate.of(2024, 12, 15));
        draft(tree.province(), "2025-Q1").then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
        draft(tree.office(), "2025-Q1").then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
        draft("NO-SUCH-UNIT", "2025-Q1").then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
        given().queryParam("regimeCode", regime).get("/submissions").then().body("total", equalTo(0));

        draft(tree.division1(), "2025-Q1").then().statusCode(201).body("status", equalTo("DRAFT"));
        draft(tree.division1(), "2025-Q1").then().statusCode(409)
                .body("type", equalTo("https://tthc.vn/problems/submission.exists"));
    }

    @Test
    void valuesThatBreakTheFormAreRefusedFieldByFieldAndNothingIsStored() {
        clock.setToday(LocalDate.of(2025, 3, 1));
        String id = draft(tree.division1(), "2025-Q1").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("""
                        {"forms":{"tong-hop-kiem-soat-tthc":{"values":{"proceduresReviewed":-1,"feedbackReceived":"năm","nonsense":1}},
                                  "06/VPCP/KSTT":{"values":{"received":1}}}}""")
                .put("/submissions/{id}/content", id).then().statusCode(400)
                .body("detail", equalTo("Some fields are invalid."))
                .body("errors.field", hasItems("forms.tong-hop-kiem-soat-tthc.values.proceduresReviewed",
                        "forms.tong-hop-kiem-soat-tthc.values.feedbackReceived",
                        "forms.tong-hop-kiem-soat-tthc.values.nonsense", "forms.06/VPCP/KSTT.values"))
                .body("errors.message", hasItems("proceduresReviewed must not be negative."));
        given().get("/submissions/{id}", id).then().statusCode(200)
                .body("versions", hasSize(1))
                .body("content.forms.tong-hop-kiem-soat-tthc.values.proceduresReviewed", equalTo(null));

        // A draft may be incomplete, but submitting it checks every required value and rule.
        given().contentType(ContentType.JSON).body("""
                        {"forms":{"tong-hop-kiem-soat-tthc":{"values":{"proceduresReviewed":2,"proceduresSimplificationProposed":3}},
                                  "06/VPCP/KSTT":{"rows":[{"fieldName":"Hoạt động khoa học và công nghệ","received":5,"receivedOnline":1,
                                     "receivedInPersonOrPost":1,"carriedOver":1,"resolved":1,"resolvedBeforeDeadline":1,"resolvedOnTime":0,
                                     "resolvedLate":0,"inProgress":0,"inProgressWithinDeadline":0,"inProgressOverdue":0}]}}}""")
                .put("/submissions/{id}/content", id).then().statusCode(200);
        given().post("/submissions/{id}/submit", id).then().statusCode(400)
                .body("errors.field", hasItems("forms.06/VPCP/KSTT.rows[0].received",
                        "forms.tong-hop-kiem-soat-tthc.values.proceduresSimplificationProposed",
                        "forms.tong-hop-kiem-soat-tthc.values.results"))
                .body("errors.message", hasItems("Chưa viết mục Kết quả đạt được."));
        given().get("/submissions/{id}", id).then().body("status", equalTo("DRAFT"))
                .body("versions[0].submittedAt", equalTo(null));
    }

    @Test
    void aStaleIfMatchIsRefusedAndTheAcceptedReportIsLocked() {
        clock.setToday(LocalDate.of(2025, 3, 1));
        String id = draft(tree.division2(), "2025-Q1").then().statusCode(201).extract().path("id");
        String etag = given().get("/submissions/{id}", id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(TestReports.COMPLETE)
                .put("/submissions/{id}/content", id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(TestReports.COMPLETE)
                .put("/submissions/{id}/content", id).then().statusCode(412);

        given().post("/submissions/{id}/submit", id).then().statusCode(200).body("late", equalTo(false));
        given().contentType(ContentType.JSON).body(TestReports.COMPLETE).put("/submissions/{id}/content", id)
                .then().statusCode(409).body("type", equalTo("https://tthc.vn/problems/submission.under-review"));
        given().contentType(ContentType.JSON).body("{\"decision\":\"RETURNED\"}").post("/submissions/{id}/decisions", id)
                .then().statusCode(400).body("errors.field", contains("comment"));
        given().contentType(ContentType.JSON).body("{\"decision\":\"ACCEPTED\"}").post("/submissions/{id}/decisions", id)
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(TestReports.COMPLETE)
                .put("/submissions/{id}/content", id)
                .then().statusCode(409).body("type", equalTo("https://tthc.vn/problems/submission.locked"))
                .body("detail", equalTo("The report was accepted and can no longer be changed."));
        given().post("/submissions/{id}/submit", id).then().statusCode(409);
        given().get("/submissions/{id}", id).then().body("versions", hasSize(1)).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aRetriedDraftWithTheSameIdempotencyKeyIsTheSameDraftAndTextIsStoredInNfc() {
        clock.setToday(LocalDate.of(2025, 3, 1));
        String body = "{\"regimeCode\":\"%s\",\"periodKey\":\"2025-Q1\",\"unitCode\":\"%s\"}".formatted(regime, tree.division1());
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "retry-" + regime).body(body)
                .post("/submissions").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "retry-" + regime).body(body)
                .post("/submissions").then().statusCode(201).body("id", equalTo(first));
        given().queryParam("regimeCode", regime).get("/submissions").then().body("total", equalTo(1));

        String decomposed = java.text.Normalizer.normalize("Sở hữu trí tuệ", java.text.Normalizer.Form.NFD);
        given().contentType(ContentType.JSON).body("{\"forms\":{\"06/VPCP/KSTT\":{\"rows\":[{\"fieldName\":\"" + decomposed + "\"}]}}}")
                .put("/submissions/{id}/content", first).then().statusCode(200)
                .body("content.forms.06/VPCP/KSTT.rows[0].fieldName", equalTo("Sở hữu trí tuệ"));

        given().delete("/regimes/{code}", regime).then().statusCode(409)
                .body("type", equalTo("https://tthc.vn/problems/regime.in-use"));
    }

    private io.restassured.response.Response draft(String unit, String period) {
        return given().contentType(ContentType.JSON)
                .body("{\"regimeCode\":\"%s\",\"periodKey\":\"%s\",\"unitCode\":\"%s\"}".formatted(regime, period, unit))
                .post("/submissions");
    }
}
