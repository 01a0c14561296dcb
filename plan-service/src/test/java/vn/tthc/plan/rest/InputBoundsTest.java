package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.tthc.local.security.Tokens;
import vn.tthc.plan.support.Api;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/**
 * Every list a client sends is bounded (a 400 problem naming the field, the bound documented as maxItems), text and
 * query values are bound as parameters, and the web layer's own refusals are problems like every other.
 */
@QuarkusTest
class InputBoundsTest {

    @Test
    void aPlanWith200000LegalBasesIsRefusedNamingTheFieldAndListingFewErrors() {
        StringBuilder body = new StringBuilder("{\"title\":\"Kế hoạch quá nhiều căn cứ\",\"legalBases\":[");
        for (int i = 0; i < 200_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"text\":\"\"}");
        }
        body.append("]}");
        given().contentType(ContentType.JSON).body(body.toString()).post("/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/validation"))
                .body("errors[0].field", equalTo("legalBases"))
                .body("errors[0].message", equalTo("tối đa 100 mục"))
                .body("errors.size()", lessThanOrEqualTo(100));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"title\":\"Kế hoạch\",\"recipients\":[" + "\"Sở\",".repeat(100) + "\"Sở\"]}").post("/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("recipients"))
                .body("errors[0].message", equalTo("at most 100 items"));
    }

    @Test
    void aTaskWithTooManyCooperatingUnitsIsRefused() {
        String plan = Api.plan("Kế hoạch giới hạn đơn vị", "2025-01-01", "2025-12-31");
        String units = String.join(",", java.util.Collections.nCopies(201, "\"VP\""));
        given().contentType(ContentType.JSON).body("{\"content\":\"Nhiệm vụ\",\"cooperatingUnitCodes\":[" + units + "]}")
                .post("/plans/{id}/tasks", plan).then().statusCode(400)
                .body("errors[0].field", equalTo("cooperatingUnitCodes"))
                .body("errors[0].message", equalTo("tối đa 200 mục"));
    }

    @Test
    void aUnitCodeFilterIsABoundValueWhateverItHolds() {
        for (String code : List.of("A\"B", "A\\B", "\"}]", "' or 1=1 --", "ST-" + UUID.randomUUID())) {
            given().queryParam("unitCode", code).get("/tasks").then().statusCode(200).body("total", equalTo(0));
        }
        given().urlEncodingEnabled(false).get("/tasks?unitCode=%01").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/invalid-parameter"));
    }

    @Test
    void aUnitNameWithAControlCharacterIsRefusedBeforeItIsPublished() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Phòng\\u0007 Một\",\"kind\":\"DIVISION\"}")
                .put("/units/{code}", "CTRL-" + UUID.randomUUID().toString().substring(0, 8))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void aRequestLineTooLongIsA414Problem() {
        given().queryParam("issuingUnitCode", "x".repeat(5000)).get("/plans")
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/request-line-too-long"))
                .body("title", equalTo("Địa chỉ quá dài"))
                .body("status", equalTo(414));
    }

    @Test
    void headersTooLargeAreA431Problem() {
        given().header("X-Padding", "x".repeat(25_000)).header("Accept-Language", "en").get("/plans")
                .then().statusCode(431).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/headers-too-large"))
                .body("title", equalTo("Request header fields too large"));
    }

    /**
     * Documented behaviour: a request target that is not a URI (a malformed escape) is refused by the HTTP server
     * itself, before any route or resource: an empty 400 (README, "Every error is a problem").
     */
    @Test
    void aTargetThatIsNotAUriIsRefusedByTheServerItself() throws Exception {
        // Sent by hand: no HTTP client lets a malformed escape through.
        String answer = raw("GET /plans/%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.defaultToken()
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-length: 0").doesNotContain("Exception");
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aChunkedBodyIsReadUpToTheLimitAndBeyondItIsA413Problem() {
        // A body of undeclared length (chunked) reaches the resource whole...
        given().contentType("application/json; charset=utf-8")
                .body(new ByteArrayInputStream("{\"title\":\"Kế hoạch gửi từng khúc\"}".getBytes(StandardCharsets.UTF_8)))
                .post("/plans").then().statusCode(201).body("title", equalTo("Kế hoạch gửi từng khúc"));
        // ...and one over the limit (10 MB) is refused with a problem, not an empty 413.
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        given().contentType("application/json").header("Accept-Language", "en").body(new ByteArrayInputStream(big))
                .post("/plans").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/too-large"))
                .body("title", equalTo("Content too large"));
    }
}
