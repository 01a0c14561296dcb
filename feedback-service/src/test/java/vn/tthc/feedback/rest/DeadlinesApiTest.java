package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Api;
import vn.tthc.feedback.TestClock;
import vn.tthc.feedback.TestUnits;
import vn.tthc.feedback.service.DeadlineService;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Due dates at chosen days: across weekends, Tết and a swapped working day; the overdue job and the due list. */
@QuarkusTest
class DeadlinesApiTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineService deadlines;

    @BeforeEach
    void setUp() {
        TestUnits.ensure();
    }

    private String receiveOn(LocalDate day, String title) {
        clock.setDay(day);
        return Api.portalPost(Api.submission(title, "Nội dung phản ánh về thời hạn: " + title)).statusCode(201)
                .extract().path("itemId");
    }

    private static String classificationDue(String id) {
        return Api.clerk().get("/items/" + id).then().statusCode(200).extract().path("steps[0].dueDate");
    }

    @Test
    void transferLimitAcrossAWeekend() {
        // Saturday 15 March 2025: Monday 17 is the first working day, Friday 21 the fifth.
        assertThat(classificationDue(receiveOn(LocalDate.of(2025, 3, 15), "Cuối tuần"))).isEqualTo("2025-03-21");
    }

    @Test
    void transferLimitAcrossTet2025() {
        // Friday 24 January 2025; Tết from Saturday 25 January to Sunday 2 February.
        assertThat(classificationDue(receiveOn(LocalDate.of(2025, 1, 24), "Tết 2025"))).isEqualTo("2025-02-07");
    }

    @Test
    void transferLimitAcrossTet2026() {
        // Thursday 12 February 2026; Tết from Saturday 14 to Sunday 22 February.
        assertThat(classificationDue(receiveOn(LocalDate.of(2026, 2, 12), "Tết 2026"))).isEqualTo("2026-02-26");
    }

    @Test
    void transferLimitAcrossTheSwappedSaturday() {
        // Thursday 24 April 2025: Friday 25, Saturday 26 (worked), Monday 28, Tuesday 29; 30/4–4/5 off; Monday 5 May.
        assertThat(classificationDue(receiveOn(LocalDate.of(2025, 4, 24), "Làm bù"))).isEqualTo("2025-05-05");
    }

    @Test
    void handlingAndAnswerLimitsAcrossTet2026() {
        String id = receiveOn(LocalDate.of(2026, 2, 11), "Giao trước Tết");
        clock.setDay(LocalDate.of(2026, 2, 13));
        Api.clerk().body("{\"classification\":\"WITHIN_COMPETENCE\",\"handlingUnitCode\":\"SKHCN-QLKH\"}")
                .post("/items/" + id + "/classification").then().statusCode(200)
                // Friday 13 February; online: 3 working days → 25 February; the answer 2 more → 27 February.
                .body("steps[1].dueDate", equalTo("2026-02-25"))
                .body("answerDueDate", equalTo("2026-02-27"));
    }

    @Test
    void theOverdueJobMarksEachStepOnceAndAnnouncesIt() {
        String id = receiveOn(LocalDate.of(2024, 3, 11), "Quá hạn phân loại");
        String trackingCode = Api.clerk().get("/items/" + id).then().extract().path("trackingCode");
        clock.setDay(LocalDate.of(2024, 3, 18));
        deadlines.markOverdue();
        assertThat(Api.clerk().get("/items/" + id).then().extract().<String>path("steps[0].overdueSince")).isNull();

        clock.setDay(LocalDate.of(2024, 3, 19));
        assertThat(deadlines.markOverdue()).isPositive();
        Api.clerk().get("/items/" + id).then().body("steps[0].overdueSince", equalTo("2024-03-19"));
        clock.setDay(LocalDate.of(2024, 3, 20));
        deadlines.markOverdue();
        Api.clerk().get("/items/" + id).then().body("steps[0].overdueSince", equalTo("2024-03-19"));

        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "feedback.events")) {
            reader.await(r -> id.equals(r.key()) && TopicReader.header(r, "ce_type").orElse("").endsWith("step.overdue.v1"),
                    Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> overdue = reader.readFor(r -> id.equals(r.key())
                    && TopicReader.header(r, "ce_type").orElse("").equals("vn.tthc.feedback.step.overdue.v1"), Duration.ofSeconds(1));
            assertThat(overdue).hasSize(1);
            assertThat(EventSchema.forType("feedback-service", "vn.tthc.feedback.step.overdue.v1")
                    .violations(overdue.get(0).value())).isEmpty();
            JsonPath event = JsonPath.from(overdue.get(0).value());
            assertThat(event.getString("trackingCode")).isEqualTo(trackingCode);
            assertThat(event.getString("step")).isEqualTo("CLASSIFICATION");
            assertThat(event.getString("dueDate")).isEqualTo("2024-03-18");
            assertThat(event.getString("overdueSince")).isEqualTo("2024-03-19");
        }
    }

    @Test
    void theDueListShowsStepsDueInTheNextWorkingDaysOfAUnitAndTheUnitsBelowIt() {
        String id = receiveOn(LocalDate.of(2024, 6, 3), "Sắp đến hạn");
        String code = Api.clerk().get("/items/" + id).then().extract().path("trackingCode");
        // Monday 3 June 2024 + 5 working days = Monday 10 June.
        clock.setDay(LocalDate.of(2024, 6, 5));
        given().queryParam("unitCode", "SKHCN").queryParam("workingDays", 3).queryParam("size", 200).get("/items/due")
                .then().statusCode(200).body("items.trackingCode", hasItem(code))
                .body("items.find { it.trackingCode == '" + code + "' }.dueDate", equalTo("2024-06-10"))
                .body("items.find { it.trackingCode == '" + code + "' }.step", equalTo("CLASSIFICATION"));
        given().queryParam("unitCode", "SKHCN").queryParam("workingDays", 2).queryParam("size", 200).get("/items/due")
                .then().statusCode(200).body("items.trackingCode", not(hasItem(code)));
        given().queryParam("unitCode", "STP").queryParam("workingDays", 3).queryParam("size", 200).get("/items/due")
                .then().statusCode(200).body("items.trackingCode", not(hasItem(code)));
    }
}
