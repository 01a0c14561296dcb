package vn.tthc.plan.inbound;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.plan.service.OverdueJob;
import vn.tthc.plan.support.Api;
import vn.tthc.plan.support.TestClock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * plan-service replicates feedback.calendar: due dates in effect, lateness and the overdue job count working
 * days (Civil Code 2015 art. 148(5)). 2026 as feedback-service publishes it: Sunday 26/4 (Hùng Kings' day) made
 * up on Monday 27/4.
 */
@QuarkusTest
class CalendarReplicationTest {

    private static final String YEAR_2026 = """
            {"year":2026,"nonWorkingDays":["2026-01-01","2026-02-16","2026-02-17","2026-02-18","2026-02-19",
             "2026-02-20","2026-04-27","2026-04-30","2026-05-01","2026-09-01","2026-09-02"],"workingWeekendDays":[],
             "holidays":[{"date":"2026-04-26","name":"Giỗ Tổ Hùng Vương","reason":"HOLIDAY",
             "legalBasis":"Điểm e khoản 1 Điều 112 Bộ luật Lao động 2019"},
             {"date":"2026-04-27","name":"Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026)","reason":"MADE_UP_DAY",
             "legalBasis":"Khoản 3 Điều 111 Bộ luật Lao động 2019"}]}""";

    @Inject
    TestClock clock;

    @Inject
    OverdueJob overdueJob;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void tasksDueOnASundayOrAMadeUpDayAreDueOnTheNextWorkingDay() throws Exception {
        String unit = "CAL-" + UUID.randomUUID().toString().substring(0, 6);
        Api.unit(unit, "Văn phòng Sở", "DIVISION", null);
        String planId = Api.plan("Kế hoạch 2026", "2026-01-01", "2026-12-31");
        String sunday = Api.task(planId, "{\"content\":\"Rà soát thủ tục\",\"leadUnitCode\":\"" + unit
                + "\",\"dueDate\":\"2026-04-26\"}");
        // Before the calendar arrives only the weekend counts: Monday 27/4.
        given().get("/tasks/{id}", sunday).then().statusCode(200)
                .body("dueDate", equalTo("2026-04-26")).body("effectiveDueDate", equalTo("2026-04-27"));

        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, String> year = calendar(eventId, YEAR_2026);
        assertThat(EventSchema.forType("feedback-service", CalendarYearPublished.TYPE).violations(year.value())).isEmpty();
        send(year);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/tasks/{id}", sunday).then()
                .body("effectiveDueDate", equalTo("2026-04-28"))
                .body("occurrences[0].dueDate", equalTo("2026-04-26"))
                .body("occurrences[0].effectiveDueDate", equalTo("2026-04-28")));

        // A task added once the calendar is known, due on the made-up Monday.
        String madeUpDay = Api.task(planId, "{\"content\":\"Báo cáo\",\"leadUnitCode\":\"" + unit
                + "\",\"dueDate\":\"2026-04-27\"}");
        given().get("/tasks/{id}", madeUpDay).then().body("effectiveDueDate", equalTo("2026-04-28"));

        // The overdue job: not overdue on the effective due date, overdue the day after.
        clock.setDay(LocalDate.of(2026, 4, 28));
        overdueJob.markOverdue();
        given().get("/tasks/{id}", madeUpDay).then().body("overdue", equalTo(false))
                .body("occurrences[0].overdue", equalTo(false));
        clock.setDay(LocalDate.of(2026, 4, 29));
        overdueJob.markOverdue();
        given().get("/tasks/{id}", madeUpDay).then().body("overdue", equalTo(true));

        // Done on the next working day: on time.
        given().contentType(ContentType.JSON).body("{\"completedOn\":\"2026-04-28\"}")
                .post("/tasks/{id}/completion", sunday).then().statusCode(200);
        given().get("/tasks/{id}", sunday).then().body("status", equalTo("DONE")).body("onTime", equalTo(true));

        // A tombstone forgets the year: back to weekends only.
        send(new ProducerRecord<>("feedback.calendar", "2026", null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/tasks/{id}", madeUpDay).then()
                .body("effectiveDueDate", equalTo("2026-04-27")));
    }

    @Test
    void theRedeliveredEventDoesNotChangeTheYear() throws Exception {
        String unit = "CAL-" + UUID.randomUUID().toString().substring(0, 6);
        Api.unit(unit, "Văn phòng Sở", "DIVISION", null);
        String planId = Api.plan("Kế hoạch 2031", "2031-01-01", "2031-12-31");
        String task = Api.task(planId, "{\"content\":\"Rà soát\",\"leadUnitCode\":\"" + unit + "\",\"dueDate\":\"2031-01-22\"}");
        String eventId = UUID.randomUUID().toString();
        send(calendar(eventId, "{\"year\":2031,\"nonWorkingDays\":[\"2031-01-22\"],\"workingWeekendDays\":[]}", "2031"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/tasks/{id}", task).then()
                .body("effectiveDueDate", equalTo("2031-01-23")));
        send(calendar(eventId, "{\"year\":2031,\"nonWorkingDays\":[\"2031-01-22\",\"2031-01-23\"],\"workingWeekendDays\":[]}",
                "2031"));
        // A later event for another year proves the redelivery was read (one partition, in order) and ignored.
        String later = Api.task(planId, "{\"content\":\"Tổng kết\",\"leadUnitCode\":\"" + unit + "\",\"dueDate\":\"2032-01-05\"}");
        send(calendar(UUID.randomUUID().toString(), "{\"year\":2032,\"nonWorkingDays\":[\"2032-01-05\"],\"workingWeekendDays\":[]}",
                "2032"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/tasks/{id}", later).then()
                .body("effectiveDueDate", equalTo("2032-01-06")));
        given().get("/tasks/{id}", task).then().body("effectiveDueDate", equalTo("2031-01-23"));
        send(new ProducerRecord<>("feedback.calendar", "2031", null));
        send(new ProducerRecord<>("feedback.calendar", "2032", null));
    }

    private static ProducerRecord<String, String> calendar(String eventId, String data) {
        return calendar(eventId, data, "2026");
    }

    private static ProducerRecord<String, String> calendar(String eventId, String data, String year) {
        ProducerRecord<String, String> record = new ProducerRecord<>("feedback.calendar", year, data);
        for (String[] header : new String[][]{{"ce_specversion", "1.0"}, {"ce_id", eventId},
                {"ce_type", CalendarYearPublished.TYPE}, {"ce_source", "/tthc/feedback-service"},
                {"ce_subject", "calendar/years/" + year}, {"ce_time", "2026-01-01T00:00:00Z"}}) {
            record.headers().add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static void send(ProducerRecord<String, String> record) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }
}
