package vn.tthc.reporting.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tthc.reporting.Replicas;
import vn.tthc.reporting.TestClock;
import vn.tthc.reporting.TestKafka;
import vn.tthc.reporting.TestRegimes;
import vn.tthc.reporting.events.FeedbackEventFixtures;
import vn.tthc.reporting.service.RegimeService;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;

@QuarkusTest
class RegimeApiTest {

    @Inject
    RegimeService regimes;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theShippedRegimesAreLoadedAtStartAndLoadingAgainChangesNothing() {
        given().queryParam("size", 200).get("/regimes").then().statusCode(200)
                .body("items.code", hasItems("tthc-control", "tthc-reform-monthly", "administrative-reform"))
                .body("total", greaterThanOrEqualTo(3));
        String etag = given().get("/regimes/tthc-control").then().statusCode(200)
                .body("origin", equalTo("SHIPPED"))
                .body("definition.receivingUnitCode", equalTo("ST-SKHCN-VP"))
                .body("definition.forms[1].groups[1].indicators[0].prefill", equalTo("feedbackReceived"))
                .extract().header("ETag");

        regimes.loadShipped();

        given().get("/regimes/tthc-control").then().header("ETag", equalTo(etag));
    }

    @Test
    void aRegimeIsCreatedReadReplacedAndDeletedWithVersions() {
        Replicas.Tree tree = Replicas.tree();
        String code = "regime-" + UUID.randomUUID();
        String document = TestRegimes.tthcControlFor(tree, code);

        String etag = given().contentType(ContentType.JSON).body(document).post("/regimes").then().statusCode(201)
                .header("Location", notNullValue())
                .body("origin", equalTo("CUSTOMISED"))
                .body("definition.reportingUnits.under", equalTo(tree.department()))
                .extract().header("ETag");
        given().contentType(ContentType.JSON).body(document).post("/regimes").then().statusCode(409)
                .body("type", equalTo("https://tthc.vn/problems/regime.exists"));

        String renamed = document.replace("\"name\": \"Báo cáo tình hình", "\"name\": \"Báo cáo (sửa) tình hình");
        given().contentType(ContentType.JSON).header("If-Match", "\"99\"").body(renamed).put("/regimes/{code}", code)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/stale"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(renamed).put("/regimes/{code}", code)
                .then().statusCode(200).body("name", equalTo(given().get("/regimes/{code}", code).path("name").toString()))
                .header("ETag", equalTo("\"1\""));
        given().get("/regimes/{code}", code).then().body("name", org.hamcrest.Matchers.startsWith("Báo cáo (sửa)"));

        given().contentType(ContentType.JSON).body(document.replace("\"code\": \"" + code + "\"", "\"code\": \"other\""))
                .put("/regimes/{code}", code).then().statusCode(400).body("errors[0].field", equalTo("code"));

        given().delete("/regimes/{code}", code).then().statusCode(204);
        given().get("/regimes/{code}", code).then().statusCode(404);
    }

    @Test
    void anInvalidRegimeIsRefusedWithEveryProblemByItsPlaceAndNothingIsStored() {
        String code = "broken-" + UUID.randomUUID();
        String document = TestRegimes.tthcControlFor(Replicas.tree(), code)
                .replace("\"closingDay\": 14", "\"closingDay\": 40")
                .replace("\"resolved + inProgress <= received\"", "\"resolved + inProgress <= recieved\"");

        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(document).post("/regimes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/validation"))
                .body("detail", equalTo("The regime document is invalid; see each error by its place in the document."))
                .body("errors.field", contains("cutOff", "forms[0].rules[3]"));
        given().get("/regimes/{code}", code).then().statusCode(404);
        given().contentType(ContentType.JSON).body("").post("/regimes").then().statusCode(400);
    }

    @Test
    void periodWindowsAndDeadlinesAreRightAcrossTheYearBoundary() {
        given().queryParam("year", 2025).queryParam("type", "QUARTERLY").get("/regimes/tthc-control/periods")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items[0].key", equalTo("2025-Q1"))
                .body("items[0].label", equalTo("Quý I năm 2025"))
                .body("items[0].start", equalTo("2024-12-15"))
                .body("items[0].end", equalTo("2025-03-14"))
                .body("items[0].lastAllowedDay", equalTo("2025-03-17"))
                .body("items[3].start", equalTo("2025-09-15"))
                .body("items[3].end", equalTo("2025-12-14"));
        given().get("/regimes/tthc-control/periods/2025").then().statusCode(200)
                .body("type", equalTo("ANNUAL"))
                .body("start", equalTo("2024-12-15"))
                .body("end", equalTo("2025-12-14"))
                .body("lastAllowedDay", equalTo("2025-12-17"));
        given().get("/regimes/tthc-control/periods/2025-M01").then().statusCode(400)
                .body("errors[0].field", equalTo("periodKey"));
        given().get("/regimes/tthc-control/periods/no-such-request").then().statusCode(404);
    }

    @Test
    void workingDayDeadlinesAreCountedOnTheReplicatedCalendar() {
        // 2032-M01 closes on Wednesday 14/01; divisions have 3 working days (tthc-reform-monthly).
        given().get("/regimes/tthc-reform-monthly/periods/2032-M01").then().statusCode(200)
                .body("start", equalTo("2031-12-15")).body("lastAllowedDay", equalTo("2032-01-19"));

        TestKafka.send(FeedbackEventFixtures.calendarYear(2032, List.of("2032-01-15", "2032-01-16"), List.of()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/regimes/tthc-reform-monthly/periods/2032-M01").then().body("lastAllowedDay", equalTo("2032-01-21")));
    }

    @Test
    void adHocRequestsCarryTheirOwnWindowAndDeadlineAndAreIdempotent() {
        clock.setToday(LocalDate.of(2025, 5, 2));
        String key = "CV-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"key":"%s","title":"Báo cáo đột xuất về phản ánh, kiến nghị","windowStart":"2025-04-01","windowEnd":"2025-04-30","lastAllowedDay":"2025-05-05"}"""
                .formatted(key);
        String idempotencyKey = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey).body(body)
                .post("/regimes/tthc-control/ad-hoc-requests").then().statusCode(201)
                .body("type", equalTo("AD_HOC")).body("lastAllowedDay", equalTo("2025-05-05")).body("open", equalTo(true));
        given().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey).body(body)
                .post("/regimes/tthc-control/ad-hoc-requests").then().statusCode(201).body("key", equalTo(key));
        given().contentType(ContentType.JSON).body(body).post("/regimes/tthc-control/ad-hoc-requests").then().statusCode(409);

        given().get("/regimes/tthc-control/periods/{key}", key).then().statusCode(200)
                .body("start", equalTo("2025-04-01")).body("end", equalTo("2025-04-30"));
        given().queryParam("year", 2025).queryParam("type", "AD_HOC").queryParam("size", 200)
                .get("/regimes/tthc-control/periods").then().body("items.key", hasItem(key));

        given().contentType(ContentType.JSON).body(body.replace(key, "2025-Q2")).post("/regimes/tthc-control/ad-hoc-requests")
                .then().statusCode(400).body("errors[0].field", equalTo("key"));
        given().contentType(ContentType.JSON).body(body.replace(key, key + "-b").replace("\"lastAllowedDay\":\"2025-05-05\"",
                        "\"lastAllowedDay\":\"2025-03-31\"")).post("/regimes/tthc-control/ad-hoc-requests")
                .then().statusCode(400).body("errors[0].field", equalTo("lastAllowedDay"));
        given().contentType(ContentType.JSON).body(body).post("/regimes/tthc-reform-monthly/ad-hoc-requests")
                .then().statusCode(409).body("type", equalTo("https://tthc.vn/problems/regime.no-ad-hoc"));
    }

    @Test
    void anUnreadableRegimeIsAVietnameseProblemNamingThePlaceNotJacksonsMessage() {
        String code = "unreadable-" + UUID.randomUUID();
        String document = TestRegimes.tthcControlFor(Replicas.tree(), code);

        // An object where a number, a list where an object, a number where a list: each named by its place.
        given().contentType(ContentType.JSON).body(document.replace("\"closingDay\": 14", "\"closingDay\": {\"day\": 14}"))
                .post("/regimes").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/validation"))
                .body("detail", equalTo("Chế độ báo cáo không hợp lệ; xem từng lỗi theo vị trí trong tài liệu."))
                .body("errors[0].field", equalTo("cutOff.closingDay"))
                .body("errors[0].message", equalTo("giá trị sai kiểu: cần một số nguyên"))
                .body(not(containsString("Cannot")), not(containsString("java.")), not(containsString("vn.tthc")));
        given().contentType(ContentType.JSON).body("{\"code\":\"x\",\"cutOff\":5}").post("/regimes")
                .then().statusCode(400).body("errors[0].field", equalTo("cutOff"))
                .body("errors[0].message", equalTo("giá trị sai kiểu: cần một đối tượng JSON"));
        given().contentType(ContentType.JSON).body("{\"code\":\"x\",\"forms\":{}}").post("/regimes")
                .then().statusCode(400).body("errors[0].field", equalTo("forms"))
                .body("errors[0].message", equalTo("giá trị sai kiểu: cần một danh sách (mảng JSON)"));
        given().contentType(ContentType.JSON).body("[1, 2]").post("/regimes")
                .then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("giá trị sai kiểu: cần một đối tượng JSON"));
        given().contentType(ContentType.JSON).body("{\"code\": \"x\",").post("/regimes")
                .then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("dòng 1, cột"));
        given().contentType(ContentType.JSON).body("{\"code\":\"x\",\"colour\":\"red\"}").post("/regimes")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("trường không được hỗ trợ"));
        given().contentType(ContentType.JSON).body("{\"code\":\"x\\u0000y\"}").post("/regimes")
                .then().statusCode(400).body("errors[0].field", equalTo("code"))
                .body("errors[0].message", equalTo("văn bản chứa ký tự điều khiển (như NUL), không được chấp nhận"));
        // The assembler's own findings are Vietnamese too, and English on request.
        given().contentType(ContentType.JSON).body(document.replace("\"cutOff\": { \"closingDay\": 14 }", "\"cutOff\": { }")).post("/regimes")
                .then().statusCode(400).body("errors[0].field", equalTo("cutOff.closingDay"))
                .body("errors[0].message", equalTo("thiếu"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"code\":\"x\",\"cutOff\":5}")
                .post("/regimes").then().statusCode(400).body("errors[0].message", equalTo("wrong type: expected a JSON object"));
        given().get("/regimes/{code}", code).then().statusCode(404);
    }

    @Test
    void aRegimePostedTwiceWithOneKeyIsCreatedOnce() {
        String code = "retried-" + UUID.randomUUID();
        String document = TestRegimes.tthcControlFor(Replicas.tree(), code);
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(document).post("/regimes")
                .then().statusCode(201).extract().asString();
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(document).post("/regimes")
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("ETag", equalTo("\"0\""))
                .header("Location", endsWith("/regimes/" + code)).extract().asString();
        org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(document.replace(code, code + "-b"))
                .post("/regimes").then().statusCode(422).contentType("application/problem+json");
    }
}
