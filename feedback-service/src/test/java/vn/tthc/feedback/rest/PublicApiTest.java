package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Api;
import vn.tthc.feedback.TestClock;
import vn.tthc.feedback.TestUnits;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The public side: a sender's lookup and the published answers, which never show contacts or staff. */
@QuarkusTest
class PublicApiTest {

    private static final String NAME = "Võ Thị Đào";
    private static final String ADDRESS = "Số 7 Lê Lợi, Phường 6, TP Sóc Trăng";
    private static final String PHONE = "0987 654 321";
    private static final String EMAIL = "an.nguyen@example.vn";

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        TestUnits.ensure();
        clock.setDay(LocalDate.of(2025, 6, 2));
    }

    private record Receipt(String id, String trackingCode, String secret) {
    }

    private static Receipt receive(String title, String content) {
        JsonPath json = Api.portalPost(Api.submission(NAME, ADDRESS, PHONE, title, content, true)).statusCode(201)
                .extract().jsonPath();
        return new Receipt(json.getString("itemId"), json.getString("trackingCode"), json.getString("lookupSecret"));
    }

    private static void publish(String id, String answer) {
        Api.clerk().body("{\"classification\":\"WITHIN_COMPETENCE\",\"handlingUnitCode\":\"SKHCN-QLKH\",\"note\":\"Ghi chú nội bộ của cán bộ\"}")
                .post("/items/" + id + "/classification").then().statusCode(200);
        Api.approveAnswer(id, answer);
        Api.clerk().post("/items/" + id + "/answer-sending").then().statusCode(200);
        Api.clerk().post("/items/" + id + "/publication").then().statusCode(200);
    }

    private static void assertNoPersonalOrStaffData(String json) {
        assertThat(json).doesNotContain(NAME, ADDRESS, PHONE, "0987654321", EMAIL, "vp.clerk", "qlkh.expert", "director",
                "Ghi chú nội bộ", "\"actor", "\"sender\"", "\"phone\"", "\"email\"", "\"address\"", "\"note\"");
    }

    @Test
    void theSenderLooksUpStatusDatesAndHistoryWithoutStaffData() {
        Receipt receipt = receive("Tra cứu tình trạng", "Đề nghị cho biết tình trạng hồ sơ cấp phép của tôi.");
        Api.clerk().body("{\"classification\":\"WITHIN_COMPETENCE\",\"handlingUnitCode\":\"SKHCN-QLKH\",\"note\":\"Ghi chú nội bộ của cán bộ\"}")
                .post("/items/" + receipt.id() + "/classification").then().statusCode(200);

        String json = given().header(PublicResource.SECRET, receipt.secret().toLowerCase().replace("-", ""))
                .get("/public/items/" + receipt.trackingCode()).then().statusCode(200)
                .body("trackingCode", equalTo(receipt.trackingCode()))
                .body("status", equalTo("ASSIGNED"))
                .body("receivedOn", equalTo("2025-06-02"))
                .body("dueDate", equalTo("2025-06-09"))
                .body("history.action", contains("RECEIVE", "ASSIGN"))
                .body("history.status", contains("RECEIVED", "ASSIGNED"))
                .extract().asString();
        assertNoPersonalOrStaffData(json);
    }

    @Test
    void aWrongSecretAndAnUnknownCodeLookTheSame() {
        Receipt receipt = receive("Mã tra cứu", "Nội dung phản ánh về mã tra cứu hồ sơ.");
        String wrongSecret = given().header(PublicResource.SECRET, "AAAA-BBBB-CCCC-DDDD")
                .get("/public/items/" + receipt.trackingCode()).then().statusCode(404).extract().asString();
        String noSecret = given().get("/public/items/" + receipt.trackingCode()).then().statusCode(404).extract().asString();
        String unknownCode = given().header(PublicResource.SECRET, receipt.secret())
                .get("/public/items/PAKN-2025-999999").then().statusCode(404).extract().asString();
        assertThat(wrongSecret).isEqualTo(noSecret);
        assertThat(JsonPath.from(unknownCode).getString("detail")).isEqualTo(JsonPath.from(wrongSecret).getString("detail"));
        assertThat(JsonPath.from(unknownCode).getString("type")).isEqualTo(JsonPath.from(wrongSecret).getString("type"));
        assertThat(wrongSecret).doesNotContain(receipt.id());
    }

    @Test
    void aNotAcceptedItemShowsItsReasonToTheSender() {
        JsonPath json = Api.portalPost(Api.submission("Đặng Văn Em", null, null, "Thiếu liên hệ", "Nội dung phản ánh.", true))
                .statusCode(201).extract().jsonPath();
        given().header(PublicResource.SECRET, json.getString("lookupSecret"))
                .get("/public/items/" + json.getString("trackingCode")).then().statusCode(200)
                .body("status", equalTo("NOT_ACCEPTED"))
                .body("notAcceptedReason.code", equalTo("NO_ADDRESS_OR_PHONE"));
    }

    @Test
    void publishedAnswersAreSearchedWithoutDiacriticsAndShowNoContacts() {
        String marker = "Đăng ký " + UUID.randomUUID().toString().substring(0, 8);
        Receipt receipt = receive(marker + " hoạt động khoa học", "Thủ tục đăng ký hoạt động khoa học và công nghệ quá lâu.");
        clock.setDay(LocalDate.of(2025, 6, 4));
        publish(receipt.id(), "Sở đã rút ngắn thời hạn giải quyết còn 5 ngày làm việc.");

        String folded = "dang ky " + marker.substring(marker.length() - 8).toUpperCase();
        String json = given().queryParam("q", folded).get("/public/answers").then().statusCode(200)
                .body("total", equalTo(1))
                .body("page", equalTo(0))
                .body("items", hasSize(1))
                .body("items[0].trackingCode", equalTo(receipt.trackingCode()))
                .body("items[0].title", equalTo(marker + " hoạt động khoa học"))
                .body("items[0].answer", equalTo("Sở đã rút ngắn thời hạn giải quyết còn 5 ngày làm việc."))
                .body("items[0].senderName", equalTo("V* T** Đ**"))
                .body("items[0].field", equalTo("Hoạt động khoa học và công nghệ"))
                .body("items[0].publishedOn", equalTo("2025-06-04"))
                .extract().asString();
        assertNoPersonalOrStaffData(json);
        // Words of the answer are found too; an unpublished item never is.
        given().queryParam("q", "RUT NGAN thoi han " + marker.substring(marker.length() - 8)).get("/public/answers")
                .then().body("total", equalTo(1));
        Receipt unpublished = receive(marker + " chưa công khai", "Nội dung chưa được trả lời.");
        given().queryParam("q", marker).get("/public/answers").then().body("total", equalTo(1));
        given().get("/public/answers/" + unpublished.trackingCode()).then().statusCode(404);
        assertNoPersonalOrStaffData(given().get("/public/answers/" + receipt.trackingCode()).then().statusCode(200)
                .body("senderName", equalTo("V* T** Đ**")).extract().asString());
    }

    @Test
    void theListIsPaginated() {
        given().queryParam("size", 1).queryParam("page", 0).get("/public/answers").then().statusCode(200)
                .body("size", equalTo(1));
        given().queryParam("size", 500).get("/public/answers").then().statusCode(400);
        given().queryParam("page", -1).get("/public/answers").then().statusCode(400);
    }
}
