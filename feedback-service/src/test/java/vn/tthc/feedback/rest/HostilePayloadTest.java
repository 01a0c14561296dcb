package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Api;
import vn.tthc.feedback.TestClock;
import vn.tthc.feedback.TestUnits;
import vn.tthc.feedback.repository.FeedbackItemRepository;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Malformed and hostile requests get 4xx problems, never a 5xx, and create nothing. */
@QuarkusTest
class HostilePayloadTest {

    @Inject
    FeedbackItemRepository items;

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        TestUnits.ensure();
        clock.reset();
    }

    private static Response post(String path, byte[] body) {
        // The default test tokens: the portal's client on /portal/items, an administrator on /items.
        return given().contentType("application/json; charset=utf-8").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post(path);
    }

    @Test
    void aBatchOfMalformedPayloadsGets4xxProblems() {
        String valid = Api.submission("Tiêu đề", "Nội dung");
        List<String> payloads = new ArrayList<>(List.of(
                "",
                "null",
                "[]",
                "\"text\"",
                "42",
                "{",
                "{\"sender\":",
                valid + "{}",
                valid.replace("\"title\":\"Tiêu đề\"", "\"title\":123"),
                valid.replace("\"title\":\"Tiêu đề\"", "\"title\":[\"a\"]"),
                valid.replace("\"title\":\"Tiêu đề\"", "\"title\":{\"a\":1}"),
                valid.replace("\"publicationConsent\":true", "\"publicationConsent\":1"),
                valid.replace("\"PROVINCIAL_PORTAL\"", "\"CARRIER_PIGEON\""),
                valid.replace("\"PROVINCIAL_PORTAL\"", "0"),
                valid.replace("\"sender\":{", "\"sender\":\"me\",\"x\":{"),
                valid.replace("\"title\":\"Tiêu đề\"", "\"title\":\"" + "A".repeat(100_000) + "\""),
                valid.replace("\"content\":\"Nội dung\"", "\"content\":\"" + "Đ".repeat(500_000) + "\""),
                valid.replace("\"title\":\"Tiêu đề\"", "\"title\":\"nul \\u0000 byte\""),
                valid.replace("\"title\":\"Tiêu đề\"", "\"title\":\"lone \\ud800 surrogate\""),
                valid.replace("\"title\":\"Tiêu đề\"", "\"title\":\"bell \\u0007\""),
                valid.replace("\"sender\":{", "\"sender\":{\"__proto__\":{},"),
                valid.replace("\"receivingUnitCode\":\"SKHCN-VP\"", "\"receivingUnitCode\":\"'; drop table feedback_item; --\""),
                valid.replace("\"receivingUnitCode\":\"SKHCN-VP\"", "\"receivingUnitCode\":\"../../etc/passwd\""),
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
                valid.replace("\"content\":\"Nội dung\"", "\"content\":1e99999")));
        long before = items.count();
        for (String path : List.of("/portal/items", "/items")) {
            for (String payload : payloads) {
                Response response = post(path, payload.getBytes(StandardCharsets.UTF_8));
                assertThat(response.statusCode()).as("%s %s", path, abbreviate(payload)).isBetween(400, 499);
                assertThat(response.contentType()).as("%s %s", path, abbreviate(payload)).startsWith("application/problem+json");
            }
        }
        assertThat(items.count()).isEqualTo(before);
    }

    @Test
    void aNulOrAnotherControlCharacterInAQueryOrPathIsA400WithoutAToken() {
        for (String url : List.of("/public/answers?q=%00", "/public/answers?field=a%0Ab", "/public/items/x%00",
                "/public/answers/PAKN%7F1")) {
            given().urlEncodingEnabled(false).get(url)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://tthc.vn/problems/invalid-parameter"))
                    .body("detail", equalTo("Địa chỉ hoặc tham số truy vấn chứa ký tự điều khiển (như NUL), không được chấp nhận."));
        }
        given().urlEncodingEnabled(false).get("/public/answers?q=%C4%91%C4%83ng%20k%C3%BD").then().statusCode(200);
    }

    @Test
    void wrongMediaTypesAndMethodsAreProblems() {
        given().contentType(ContentType.TEXT).header("Idempotency-Key", "k1").body("hello").post("/portal/items")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.XML).header("Idempotency-Key", "k2").body("<a/>").post("/portal/items")
                .then().statusCode(415).contentType("application/problem+json");
        given().delete("/portal/items").then().statusCode(405).contentType("application/problem+json");
        given().get("/items/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        given().get("/calendar/years/abc").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void invalidUtf8IsA400() {
        byte[] valid = Api.submission("Tiêu đề", "Nội dung").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String text = new String(valid, StandardCharsets.UTF_8);
        int at = text.indexOf("Nội dung");
        body.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        body.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
        long before = items.count();
        post("/portal/items", body.toByteArray()).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/malformed-json"));
        assertThat(items.count()).isEqualTo(before);
    }

    @Test
    void aTenMegabyteBodyIsA413Problem() {
        byte[] huge = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        byte[] body = ("{\"title\":\"" + new String(huge, StandardCharsets.US_ASCII) + "\"}").getBytes(StandardCharsets.US_ASCII);
        post("/portal/items", body).then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("title", equalTo("Nội dung quá lớn"));
    }

    @Test
    void scriptTagsAreKeptAsTextAndReturnedEscaped() {
        String title = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";
        String content = "Thủ tục cấp phép <b>quá chậm</b>, đề nghị xem xét.";
        String body = Api.submission("TITLE", "CONTENT").replace("\"TITLE\"", "\"" + title.replace("\"", "\\\"") + "\"")
                .replace("\"CONTENT\"", "\"" + content + "\"");
        String id = Api.portalPost(body).statusCode(201).extract().path("itemId");
        Response response = Api.clerk().get("/items/" + id);
        response.then().statusCode(200).contentType(ContentType.JSON).body("title", equalTo(title)).body("content", equalTo(content));
        assertThat(response.asString()).doesNotContain("<script", "<img", "<b>")
                .contains("\\u003Cscript\\u003E");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…(" + text.length() + " chars)";
    }
}
