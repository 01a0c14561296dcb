package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Api;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.TestClock;
import vn.tthc.feedback.TestUnits;
import vn.tthc.feedback.repository.FeedbackItemRepository;
import vn.tthc.local.contract.ServedDocument;
import vn.tthc.local.security.Tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IntakeApiTest {

    @Inject
    TestClock clock;

    @Inject
    FeedbackItemRepository items;

    @BeforeEach
    void setUp() {
        TestUnits.ensure();
        clock.setDay(LocalDate.of(2025, 3, 10));
    }

    @Test
    void thePortalGetsATrackingCodeAndALookupSecret() {
        Api.portalPost(Api.submission("Chậm cấp giấy chứng nhận", "Tôi nộp hồ sơ ngày 02/01/2025 nhưng chưa nhận kết quả."))
                .statusCode(201)
                .header("Location", matchesPattern(".*/public/items/PAKN-2025-\\d{6}"))
                .body("trackingCode", matchesPattern("PAKN-2025-\\d{6}"))
                .body("lookupSecret", matchesPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("status", equalTo("RECEIVED"))
                .body("notAcceptedReason", nullValue());
    }

    @Test
    void aRetriedPostWithTheSameKeyCreatesOneItem() {
        String key = UUID.randomUUID().toString();
        String body = Api.submission("Phí thẩm định", "Đề nghị công khai mức phí thẩm định hồ sơ " + key);
        long before = items.count();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/portal/items").then().statusCode(201).extract().asString();
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/portal/items").then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(second).isEqualTo(first);
        assertThat(items.count()).isEqualTo(before + 1);

        // Still the first result after the item moved on.
        Api.assign(JsonPath.from(first).getString("itemId"));
        assertThat(given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/portal/items").then().statusCode(201).extract().asString()).isEqualTo(first);

        // The same key with another request is refused, and creates nothing either.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Api.submission("Phí thẩm định", "Một nội dung khác"))
                .post("/portal/items").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/idempotency-key-reused"));
        assertThat(items.count()).isEqualTo(before + 1);
    }

    @Test
    void concurrentRetriesWithTheSameKeyCreateOneItem() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Api.submission("Gửi nhiều lần", "Cổng gửi lại khi mạng chập chờn " + key);
        long before = items.count();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                        .post("/portal/items").then().statusCode(201).extract().<String>path("trackingCode")));
            }
            Set<String> codes = new HashSet<>();
            for (Future<String> answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(items.count()).isEqualTo(before + 1);
    }

    @Test
    void staffListItemsByStatusUnitAndWordsWithoutDiacritics() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String id = Api.portalPost(Api.submission("Đề nghị đơn giản hóa " + marker, "Thủ tục cấp phép còn rườm rà."))
                .statusCode(201).extract().path("itemId");
        given().queryParam("q", "DE NGHI don gian hoa " + marker).queryParam("unitCode", "SKHCN").get("/items").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].status", equalTo("RECEIVED")).body("items[0].dueDate", equalTo("2025-03-17"));
        given().queryParam("q", marker).queryParam("status", "ASSIGNED").get("/items").then().body("total", equalTo(0));
        given().queryParam("q", marker).queryParam("unitCode", "STP").get("/items").then().body("total", equalTo(0));
        given().queryParam("status", "NO_SUCH_STATUS").get("/items").then().statusCode(400);
    }

    @Test
    void thePortalMustSendAnIdempotencyKey() {
        given().contentType(ContentType.JSON).body(Api.submission("Tiêu đề", "Nội dung phản ánh"))
                .post("/portal/items").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void itemsFailingTheLegalRulesAreStoredAsNotAcceptedWithAReason() {
        Api.portalPost(Api.submission(null, "Sóc Trăng", "0912345678", "Thủ tục", "Nội dung về thủ tục cấp phép.", true))
                .statusCode(201).body("status", equalTo("NOT_ACCEPTED"))
                .body("notAcceptedReason.code", equalTo("NO_NAME"))
                .body("notAcceptedReason.message", equalTo("Phản ánh, kiến nghị không ghi họ tên người gửi nên không được tiếp nhận."))
                .body("trackingCode", notNullValue());
        Api.portalPost(Api.submission("Trần Văn Bình", null, null, "Thủ tục", "Nội dung về thủ tục cấp phép.", true))
                .statusCode(201).body("notAcceptedReason.code", equalTo("NO_ADDRESS_OR_PHONE"));
        Api.portalPost(Api.submission("John Smith", "Sóc Trăng", null, "Permit", "My permit application is delayed.", true))
                .statusCode(201).body("notAcceptedReason.code", equalTo("NOT_VIETNAMESE"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Accept-Language", "en")
                .body(Api.submission("Lê Văn Cường", "Sóc Trăng", null, "Đơn khiếu nại", "Tôi khiếu nại quyết định xử phạt.", true))
                .post("/portal/items").then().statusCode(201)
                .body("notAcceptedReason.code", equalTo("COMPLAINT_OR_DENUNCIATION"))
                .body("notAcceptedReason.message", matchesPattern("This is a complaint or denunciation.*"));
    }

    @Test
    void staffEnterPaperItemsAndAreRecordedAsTheirEnterer() {
        String body = """
                {"sender":{"name":"Phạm Thị Dung","address":"Ấp 3, xã Đại Hải, huyện Kế Sách"},
                 "title":"Thủ tục cấp phép","content":"Đề nghị hướng dẫn thủ tục cấp giấy phép tiến hành công việc bức xạ.",
                 "channel":"WRITTEN","publicationConsent":false,"receivedOn":"2025-03-07"}""";
        String id = Api.as(Tokens.person("7d1c5e0a-clerk", "Trần Thị Văn Thư", TestUnits.DEPARTMENT, Caller.PLANNER))
                .body(body).post("/items").then().statusCode(201)
                .body("status", equalTo("RECEIVED")).extract().path("itemId");
        Api.clerk().get("/items/" + id).then().statusCode(200)
                .body("enteredBy", equalTo("7d1c5e0a-clerk"))
                .body("enteredByName", equalTo("Trần Thị Văn Thư"))
                .body("enteredByUnit", equalTo("SKHCN"))
                // The receiving unit defaults to the caller's unit: the department, whose office enters it.
                .body("receivingUnitCode", equalTo("SKHCN"))
                .body("receivedOn", equalTo("2025-03-07"))
                .body("channel", equalTo("WRITTEN"))
                .body("history[0].action", equalTo("RECEIVE"))
                .body("history[0].actor", equalTo("7d1c5e0a-clerk"))
                .body("history[0].actorName", equalTo("Trần Thị Văn Thư"))
                .body("history[0].actorUnit", equalTo("SKHCN"))
                // Friday 7 March + 5 working days = Friday 14 March.
                .body("steps[0].dueDate", equalTo("2025-03-14"));
    }

    @Test
    void staffIntakeNeedsATokenAndANonPortalChannel() {
        String body = """
                {"sender":{"name":"Phạm Thị Dung","phone":"0912345678"},"title":"T","content":"Nội dung",
                 "channel":"PHONE","publicationConsent":false,"receivingUnitCode":"SKHCN-VP"}""";
        long before = items.count();
        given().header(Tokens.anonymous()).contentType(ContentType.JSON).body(body).post("/items").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"));
        assertThat(items.count()).isEqualTo(before);
        Api.clerk().body(body.replace("PHONE", "NATIONAL_PORTAL")).post("/items").then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        Api.clerk().body(body.replace("SKHCN-VP", "NO-SUCH-UNIT")).post("/items").then().statusCode(400)
                .body("errors[0].field", equalTo("receivingUnitCode"));
    }

    @Test
    void attachmentsAreStoredWithTheirChecksum() throws Exception {
        byte[] pdf = "%PDF-1.4\n% giấy hẹn trả kết quả\n".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String body = Api.submission("Giấy hẹn", "Giấy hẹn trả kết quả đã quá hạn, xem tệp đính kèm.").replace(
                "\"publicationConsent\"", "\"attachments\":[{\"fileName\":\"giay-hen.pdf\",\"mediaType\":\"application/pdf\",\"contentBase64\":\""
                        + Base64.getEncoder().encodeToString(pdf) + "\"}],\"publicationConsent\"");
        String id = Api.portalPost(body).statusCode(201).extract().path("itemId");
        String attachmentId = Api.clerk().get("/items/" + id).then().statusCode(200)
                .body("attachments[0].fileName", equalTo("giay-hen.pdf"))
                .body("attachments[0].sizeBytes", equalTo(pdf.length))
                .body("attachments[0].sha256", equalTo(sha))
                .extract().path("attachments[0].id");
        byte[] downloaded = Api.clerk().get("/items/" + id + "/attachments/" + attachmentId).then().statusCode(200)
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
    }

    @Test
    void attachmentsOfTheWrongTypeOrContentAreRefused() {
        String script = Base64.getEncoder().encodeToString("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        Api.portalPost(Api.submission("T", "Nội dung").replace("\"publicationConsent\"",
                        "\"attachments\":[{\"fileName\":\"a.html\",\"mediaType\":\"text/html\",\"contentBase64\":\"" + script + "\"}],\"publicationConsent\""))
                .statusCode(400).body("errors.field", hasItem("attachments[0].mediaType"));
        Api.portalPost(Api.submission("T", "Nội dung").replace("\"publicationConsent\"",
                        "\"attachments\":[{\"fileName\":\"a.pdf\",\"mediaType\":\"application/pdf\",\"contentBase64\":\"" + script + "\"}],\"publicationConsent\""))
                .statusCode(400).body("errors.field", hasItem("attachments[0].content"));
        Api.portalPost(Api.submission("T", "Nội dung").replace("\"publicationConsent\"",
                        "\"attachments\":[{\"fileName\":\"a.pdf\",\"mediaType\":\"application/pdf\",\"contentBase64\":\"@@not base64@@\"}],\"publicationConsent\""))
                .statusCode(400).body("errors.field", hasItem("attachments[0].contentBase64"));
    }

    @Test
    void structuralProblemsAre400s() {
        Api.portalPost(Api.submission("T", "")).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("content"));
        Api.portalPost(Api.submission("Nguyễn Văn An", "Sóc Trăng", "not-a-phone", "T", "Nội dung", true)).statusCode(400)
                .body("errors.field", hasItem("sender.phone"));
        Api.portalPost(Api.submission("T", "Nội dung").replace("an.nguyen@example.vn", "an.nguyen"))
                .statusCode(400).body("errors.field", hasItem("sender.email"));
        Api.portalPost(Api.submission("T", "x".repeat(10_001))).statusCode(400).body("errors.field", hasItem("content"));
        Api.portalPost(Api.submission("T", "Nội dung").replace("\"publicationConsent\":true", "\"publicationConsent\":\"yes\""))
                .statusCode(400).body("errors.field", hasItem("publicationConsent"));
    }

    @Test
    void moreThanFiveAttachmentsAreRefusedAtTheDocumentedBound() {
        String one = "{\"fileName\":\"a.pdf\",\"mediaType\":\"application/pdf\",\"contentBase64\":\""
                + Base64.getEncoder().encodeToString("%PDF-1.4\n".getBytes(StandardCharsets.UTF_8)) + "\"}";
        String six = String.join(",", java.util.Collections.nCopies(6, one));
        Api.portalPost(Api.submission("Nhiều tệp", "Nội dung").replace("\"publicationConsent\"",
                        "\"attachments\":[" + six + "],\"publicationConsent\""))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("attachments"))
                .body("errors[0].message", equalTo("tối đa 5 mục"));
    }

    @Test
    void staffIntakeWithAKeyIsRecordedOnceAndTheKeyIsTheStaffMembersOwn() {
        String key = UUID.randomUUID().toString();
        String body = Api.submission("Thư gửi qua bưu điện", "Nội dung thư " + key).replace("PROVINCIAL_PORTAL", "WRITTEN");
        long before = items.count();
        String first = Api.clerk().header("Idempotency-Key", key).body(body).post("/items").then().statusCode(201)
                .extract().asString();
        String second = Api.clerk().header("Idempotency-Key", key).body(body).post("/items").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertThat(second).isEqualTo(first);
        assertThat(items.count()).isEqualTo(before + 1);
        Api.clerk().header("Idempotency-Key", key).body(body.replace("Nội dung thư", "Thư khác")).post("/items").then()
                .statusCode(422).body("type", equalTo("https://tthc.vn/problems/idempotency-key-reused"));
        // Another staff member's key of the same spelling is theirs: a new item.
        Api.staff("vp.clerk-2", TestUnits.DEPARTMENT, Caller.PLANNER).header("Idempotency-Key", key).body(body)
                .post("/items").then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(items.count()).isEqualTo(before + 2);
    }

    @Test
    void thePortalsKeyIsDocumentedAsRequiredAndAttachmentsAsFiveAtMost() {
        ServedDocument document = ServedDocument.read();
        assertThat(document.parameters("/portal/items", "post")).anySatisfy(parameter -> {
            assertThat(parameter.get("name")).isEqualTo("Idempotency-Key");
            assertThat(parameter.get("required")).isEqualTo(true);
        });
        assertThat(document.parameters("/items", "post")).anySatisfy(parameter -> assertThat(parameter.get("name")).isEqualTo("Idempotency-Key"));
        assertThat(document.properties("SubmissionBody").get("attachments").get("maxItems")).isEqualTo(5);
    }
}
