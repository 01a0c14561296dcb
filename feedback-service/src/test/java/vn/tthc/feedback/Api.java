package vn.tthc.feedback;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.tthc.local.security.Tokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Requests as the portal and staff send them, with their bearer tokens. */
public final class Api {

    private Api() {
    }

    public static String submission(String name, String address, String phone, String title, String content, boolean consent) {
        return """
                {"sender":{"kind":"INDIVIDUAL","name":%s,"address":%s,"phone":%s,"email":"an.nguyen@example.vn"},
                 "title":"%s","content":"%s","procedure":{"code":"1.001234","text":"Cấp giấy chứng nhận đăng ký hoạt động KH&CN"},
                 "field":"Hoạt động khoa học và công nghệ","channel":"PROVINCIAL_PORTAL","publicationConsent":%s,
                 "receivingUnitCode":"SKHCN-VP"}"""
                .formatted(quoted(name), quoted(address), quoted(phone), title, content, consent);
    }

    public static String submission(String title, String content) {
        return submission("Nguyễn Văn An", "12 Trần Hưng Đạo, Phường 1, TP Sóc Trăng", "0912 345 678", title, content, true);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    /** Posts to the portal's intake as the portal's client. */
    public static ValidatableResponse portalPost(String body) {
        return given().contentType(ContentType.JSON).header(Tokens.bearer(Tokens.portal()))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/portal/items").then();
    }

    /** A request as this token's caller. */
    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header(Tokens.bearer(token));
    }

    /** A staff member of the unit with these roles (subject and readable name the same). */
    public static RequestSpecification staff(String subject, String unit, String... roles) {
        return as(Tokens.staff(subject, unit, roles));
    }

    /** A planner of the department office: as SECURITY.md says, the office's staff carry the department's code. */
    public static RequestSpecification clerk() {
        return staff("vp.clerk", TestUnits.DEPARTMENT, Caller.PLANNER);
    }

    /** An officer of the division the test items are assigned to. */
    public static RequestSpecification expert() {
        return staff("qlkh.expert", TestUnits.DIVISION, Caller.UNIT_OFFICER);
    }

    /** The department's leader, who approves answers. */
    public static RequestSpecification director() {
        return staff("director", TestUnits.DEPARTMENT, Caller.LEADER);
    }

    /** Classifies a received item as within competence, assigned to the test department's division. */
    public static void assign(String id) {
        clerk().body("{\"classification\":\"WITHIN_COMPETENCE\",\"handlingUnitCode\":\"SKHCN-QLKH\"}")
                .post("/items/" + id + "/classification").then().statusCode(200);
    }

    /** Takes an assigned item through handling to an approved answer. */
    public static void approveAnswer(String id, String answer) {
        expert().post("/items/" + id + "/start").then().statusCode(200);
        expert().body("{\"answer\":\"" + answer + "\"}").post("/items/" + id + "/answer-draft").then().statusCode(200);
        director().post("/items/" + id + "/answer-approval").then().statusCode(200);
    }
}
