package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Api;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.TestClock;
import vn.tthc.feedback.TestUnits;
import vn.tthc.local.security.Tokens;

import java.time.LocalDate;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Likely duplicates flagged on intake by trigram similarity; staff link, dismiss or merge them. */
@QuarkusTest
class DuplicatesApiTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        TestUnits.ensure();
        clock.setDay(LocalDate.of(2025, 8, 4));
    }

    private static String post(String name, String phone, String title, String content) {
        // Each sender its own email, so that only the phone (or nothing) makes two senders the same.
        return Api.portalPost(Api.submission(name, "Sóc Trăng", phone, title, content, true)
                        .replace("an.nguyen@example.vn", "s" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn"))
                .statusCode(201).extract().path("itemId");
    }

    private static String uniquePhone() {
        return "09" + String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 8);
    }

    @Test
    void theSameSenderWithSimilarContentIsFlagged() {
        String phone = uniquePhone();
        String topic = UUID.randomUUID().toString().substring(0, 8);
        String first = post("Huỳnh Văn Phúc", phone, "Giấy phép " + topic,
                "Tôi nộp hồ sơ xin cấp giấy phép " + topic + " từ tháng trước nhưng chưa được giải quyết.");
        String second = post("Huỳnh Văn Phúc", phone.substring(0, 4) + " " + phone.substring(4), "Nhắc lại: giấy phép " + topic,
                "Tôi đã nộp hồ sơ xin cấp giấy phép " + topic + " từ tháng trước, đến nay vẫn chưa được giải quyết.");
        Api.clerk().get("/items/" + second + "/duplicates").then().statusCode(200)
                .body("otherItemId", contains(first))
                .body("reason", contains("SAME_SENDER"))
                .body("state", contains("SUSPECTED"));
        // Seen from the earlier item too.
        Api.clerk().get("/items/" + first + "/duplicates").then().body("otherItemId", contains(second));
    }

    @Test
    void nearIdenticalContentFromAnyoneWithinThirtyDaysIsFlaggedAndOlderIsNot() {
        String text = "Đề nghị công khai quy trình thẩm định công nghệ " + UUID.randomUUID() + " trên cổng thông tin của Sở.";
        clock.setDay(LocalDate.of(2025, 6, 1));
        String old = post("Trương Văn Giàu", uniquePhone(), "Thẩm định công nghệ", text);
        clock.setDay(LocalDate.of(2025, 8, 4));
        String recent = post("Lâm Thị Hoa", uniquePhone(), "Thẩm định công nghệ", text);
        clock.setDay(LocalDate.of(2025, 8, 6));
        String copy = post("Tô Văn Hùng", uniquePhone(), "Thẩm định công nghệ", text);
        Api.clerk().get("/items/" + copy + "/duplicates").then()
                .body("otherItemId", contains(recent))
                .body("reason", contains("NEAR_IDENTICAL"))
                .body("otherItemId", not(hasItem(old)));
        Api.clerk().get("/items/" + recent + "/duplicates").then().body("otherItemId", not(hasItem(old)));
    }

    @Test
    void differentContentIsNotFlagged() {
        String phone = uniquePhone();
        post("Mai Văn Khoa", phone, "Lệ phí", "Đề nghị giảm lệ phí cấp phép sử dụng tần số.");
        String other = post("Mai Văn Khoa", phone, "Thời gian tiếp dân", "Bộ phận một cửa nên mở cửa cả sáng thứ Bảy.");
        Api.clerk().get("/items/" + other + "/duplicates").then().body("$", empty());
    }

    @Test
    void staffLinkDismissAndMerge() {
        String a = post("Ngô Văn Lâm", uniquePhone(), "Một", "Nội dung phản ánh thứ nhất về thủ tục " + UUID.randomUUID());
        String b = post("Ngô Văn Lâm", uniquePhone(), "Hai", "Nội dung khác hẳn về lệ phí " + UUID.randomUUID());
        Api.clerk().post("/items/" + a + "/duplicates/" + b + "/link").then().statusCode(200)
                .body("state", equalTo("LINKED")).body("reason", equalTo("LINKED_BY_STAFF"))
                .body("decidedBy", equalTo("vp.clerk")).body("decidedByUnit", equalTo("SKHCN"))
                .body("decidedAt", equalTo("2025-08-04T02:00:00Z"));
        Api.as(Tokens.person("9e7d-office", "Ngô Thị Phân Loại", TestUnits.DEPARTMENT, Caller.PLANNER))
                .post("/items/" + b + "/duplicates/" + a + "/dismissal").then().statusCode(200)
                .body("state", equalTo("DISMISSED"))
                .body("decidedBy", equalTo("9e7d-office")).body("decidedByName", equalTo("Ngô Thị Phân Loại"));
        Api.clerk().body("{\"intoItemId\":\"" + a + "\",\"note\":\"Cùng nội dung\"}").post("/items/" + b + "/merge").then()
                .statusCode(200).body("status", equalTo("MERGED")).body("mergedInto", equalTo(a))
                .body("history[-1].action", equalTo("MERGE")).body("history[-1].actor", equalTo("vp.clerk"))
                .body("history[-1].actorName", equalTo("vp.clerk")).body("history[-1].actorUnit", equalTo("SKHCN"));
        Api.clerk().get("/items/" + a + "/duplicates").then().body("state", contains("MERGED"))
                .body("decidedBy", contains("vp.clerk"));
        // Only planners and administrators decide about duplicates.
        Api.expert().post("/items/" + a + "/duplicates/" + b + "/link").then().statusCode(403);
        // A merged item takes no further action.
        Api.clerk().body("{\"intoItemId\":\"" + a + "\"}").post("/items/" + b + "/merge").then().statusCode(409);
        Api.clerk().body("{\"intoItemId\":\"" + a + "\"}").post("/items/" + a + "/merge").then().statusCode(409);
    }
}
