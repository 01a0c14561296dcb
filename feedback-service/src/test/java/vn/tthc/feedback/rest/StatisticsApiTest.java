package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Api;
import vn.tthc.feedback.TestClock;
import vn.tthc.feedback.TestUnits;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Counts per status, unit, field and month, and answers on time and late, in a period no other test uses (2023). */
@QuarkusTest
class StatisticsApiTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        TestUnits.ensure();
    }

    private String receive(LocalDate day, String title) {
        clock.setDay(day);
        return Api.portalPost(Api.submission(title, "Nội dung thống kê " + title)).statusCode(201).extract().path("itemId");
    }

    private void answer(String id, LocalDate assignedOn, LocalDate sentOn) {
        clock.setDay(assignedOn);
        Api.assign(id);
        Api.approveAnswer(id, "Trả lời");
        clock.setDay(sentOn);
        Api.clerk().post("/items/" + id + "/answer-sending").then().statusCode(200);
    }

    @Test
    void countsForAPeriod() {
        // Online items: answer due 5 working days after assignment.
        answer(receive(LocalDate.of(2023, 5, 2), "Đúng hạn"), LocalDate.of(2023, 5, 3), LocalDate.of(2023, 5, 8));
        answer(receive(LocalDate.of(2023, 5, 4), "Trễ hạn"), LocalDate.of(2023, 5, 4), LocalDate.of(2023, 5, 25));
        receive(LocalDate.of(2023, 6, 1), "Mới nhận");
        String rejected = receive(LocalDate.of(2023, 6, 2), "Không tiếp nhận");
        Api.clerk().body("{\"classification\":\"NOT_ACCEPTED\",\"reason\":\"UNCLEAR_CONTENT\"}")
                .post("/items/" + rejected + "/classification").then().statusCode(200);

        given().queryParam("from", "2023-05-01").queryParam("to", "2023-06-30").get("/statistics").then().statusCode(200)
                .body("received", equalTo(4))
                .body("byStatus.find { it.key == 'ANSWERED' }.count", equalTo(2))
                .body("byStatus.find { it.key == 'RECEIVED' }.count", equalTo(1))
                .body("byStatus.find { it.key == 'NOT_ACCEPTED' }.count", equalTo(1))
                .body("byUnit.find { it.key == 'SKHCN-QLKH' }.count", equalTo(2))
                .body("byUnit.find { it.key == 'SKHCN-VP' }.count", equalTo(2))
                .body("byField.find { it.key == 'Hoạt động khoa học và công nghệ' }.count", equalTo(4))
                .body("byMonth.find { it.key == '2023-05' }.count", equalTo(2))
                .body("byMonth.find { it.key == '2023-06' }.count", equalTo(2))
                .body("answered.total", equalTo(2))
                .body("answered.onTime", equalTo(1))
                .body("answered.late", equalTo(1));
        given().queryParam("from", "2023-05-01").queryParam("to", "2023-06-30").queryParam("unitCode", "STP")
                .get("/statistics").then().statusCode(200).body("received", equalTo(0));
        given().queryParam("from", "2023-06-30").queryParam("to", "2023-05-01").get("/statistics").then().statusCode(400);
    }
}
