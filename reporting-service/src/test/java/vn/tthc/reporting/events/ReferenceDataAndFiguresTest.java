package vn.tthc.reporting.events;

import vn.tthc.reporting.inbound.CalendarYearPublished;
import vn.tthc.reporting.inbound.FeedbackAnswered;
import vn.tthc.reporting.inbound.UnitSnapshot;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import vn.tthc.local.TopicReader;
import vn.tthc.reporting.Replicas;
import vn.tthc.reporting.TestKafka;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Units and working days replicated from compacted topics; events counted for their unit and rolled up to its ancestors. */
@QuarkusTest
class ReferenceDataAndFiguresTest {

    private static final String Q1_START = "2024-12-15";
    private static final String Q1_END = "2025-03-14";

    @Test
    void unitsAreReplicatedWithTheirAncestors() {
        Replicas.Tree tree = Replicas.tree();

        given().get("/units/{code}", tree.division1()).then().statusCode(200)
                .body("kind", equalTo("DIVISION"))
                .body("parentCode", equalTo(tree.department()))
                .body("ancestors.code", contains(tree.department(), tree.province()));
        given().queryParam("under", tree.department()).get("/units").then().statusCode(200)
                .body("total", equalTo(5)).body("items.code", hasItem(tree.inspectorate()));
        given().get("/units/{code}", "NO-SUCH-UNIT").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewerSnapshotRenamesATombstoneRemovesAndAnOlderVersionChangesNothing() {
        Replicas.Tree tree = Replicas.tree();
        TestKafka.send(PlanEventFixtures.unit(tree.division2(), "Phòng Kế hoạch - Tài chính", "DIVISION", tree.department(), 5));
        Replicas.awaitUnit(tree.division2(), "Phòng Kế hoạch - Tài chính");

        TestKafka.send(PlanEventFixtures.unit(tree.division2(), "Tên cũ", "DIVISION", tree.department(), 4));
        TestKafka.send(PlanEventFixtures.unitRemoved(tree.inspectorate()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/units/{code}", tree.inspectorate()).then().statusCode(404));
        // The tombstone has another key, so it may sit on another partition: the older version is known to be read
        // only once the group's committed offsets reach the end of every partition.
        TestKafka.awaitConsumedToEnd("plan.units");
        given().get("/units/{code}", tree.division2()).then().body("name", equalTo("Phòng Kế hoạch - Tài chính"));
    }

    @Test
    void completionsAndFeedbackCountForTheirUnitAndEveryAncestorInTheWindow() {
        Replicas.Tree tree = Replicas.tree();
        TestKafka.send(PlanEventFixtures.taskCompleted(tree.division1(), "2024-12-20", true));
        TestKafka.send(PlanEventFixtures.taskCompleted(tree.division1(), "2025-03-14", false));
        TestKafka.send(PlanEventFixtures.taskCompleted(tree.division1(), "2025-03-15", true));
        TestKafka.send(PlanEventFixtures.taskCompleted(tree.division2(), "2024-12-14", true));
        TestKafka.send(FeedbackEventFixtures.received(tree.office(), "2025-01-05"));
        TestKafka.send(FeedbackEventFixtures.answered(tree.division1(), "2025-02-01", true));
        TestKafka.send(FeedbackEventFixtures.answered(tree.division1(), "2025-03-01", false));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures(tree.province(), Q1_START, Q1_END)
                .body("figures.feedbackAnswered", equalTo(2)).body("figures.tasksCompleted", equalTo(2)));
        figures(tree.division1(), Q1_START, Q1_END)
                .body("figures.tasksCompleted", equalTo(2))
                .body("figures.tasksCompletedOnTime", equalTo(1))
                .body("figures.tasksCompletedLate", equalTo(1))
                .body("figures.feedbackReceived", equalTo(0))
                .body("figures.feedbackAnsweredOnTime", equalTo(1))
                .body("figures.feedbackAnsweredLate", equalTo(1));
        figures(tree.department(), Q1_START, Q1_END)
                .body("figures.tasksCompleted", equalTo(2))
                .body("figures.feedbackReceived", equalTo(1))
                .body("figures.feedbackAnswered", equalTo(2));
        figures(tree.division2(), Q1_START, Q1_END).body("figures.tasksCompleted", equalTo(0));
        figures(tree.department(), "2025-03-15", "2025-06-14").body("figures.tasksCompleted", equalTo(1));
        given().queryParam("unitCode", tree.division1()).get("/aggregates/task-completions")
                .then().statusCode(200).body("completed", equalTo(3));
    }

    @Test
    void redeliveredEventsChangeNothing() {
        Replicas.Tree tree = Replicas.tree();
        ProducerRecord<String, String> completion = PlanEventFixtures.taskCompleted(tree.division1(), "2025-01-10", false);
        ProducerRecord<String, String> answer = FeedbackEventFixtures.answered(tree.division1(), "2025-01-10", true);
        TestKafka.send(completion);
        TestKafka.send(answer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures(tree.department(), Q1_START, Q1_END)
                .body("figures.tasksCompleted", equalTo(1)).body("figures.feedbackAnswered", equalTo(1)));

        TestKafka.send(completion);
        TestKafka.send(answer);
        // Both copies have been read and acknowledged once the group's committed offsets reach every partition's end.
        TestKafka.awaitConsumedToEnd("plan.events");
        TestKafka.awaitConsumedToEnd("feedback.events");
        figures(tree.department(), Q1_START, Q1_END)
                .body("figures.tasksCompleted", equalTo(1))
                .body("figures.tasksCompletedLate", equalTo(1))
                .body("figures.feedbackAnswered", equalTo(1))
                .body("figures.feedbackAnsweredOnTime", equalTo(1));
    }

    @Test
    void anEventForAUnitNotYetPublishedCountsForItAndRollsUpOnceTheUnitArrives() {
        Replicas.Tree tree = Replicas.tree();
        String newcomer = tree.department() + "-NEW";
        TestKafka.send(PlanEventFixtures.taskCompleted(newcomer, "2025-02-10", true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures(newcomer, Q1_START, Q1_END)
                .body("figures.tasksCompleted", equalTo(1)));
        figures(tree.department(), Q1_START, Q1_END).body("figures.tasksCompleted", equalTo(0));

        Replicas.unit(newcomer, "Trung tâm mới", "CENTRE", tree.department());

        figures(tree.department(), Q1_START, Q1_END).body("figures.tasksCompleted", equalTo(1));
        figures(tree.province(), Q1_START, Q1_END).body("figures.tasksCompleted", equalTo(1));
    }

    @Test
    void unreadableReferenceDataAndEventsGoToTheirDeadLetterTopicsAndReadingGoesOn() {
        String badUnit = "BAD-" + UUID.randomUUID();
        TestKafka.send(TestKafka.cloudEvent("plan.units", badUnit, UnitSnapshot.TYPE, "/tthc/plan-service",
                "units/" + badUnit, "{\"code\":\"" + badUnit + "\"}"));
        String badFeedback = UUID.randomUUID().toString();
        TestKafka.send(TestKafka.cloudEvent("feedback.events", badFeedback, FeedbackAnswered.TYPE, "/tthc/feedback-service",
                "items/" + badFeedback, "{\"itemId\":\"" + badFeedback + "\",\"answeredOn\":\"2025-01-10\",\"onTime\":true}"));
        String badCalendar = "1999";
        TestKafka.send(TestKafka.cloudEvent("feedback.calendar", badCalendar, CalendarYearPublished.TYPE,
                "/tthc/feedback-service", "calendar/1999", "{\"year\":2000,\"nonWorkingDays\":[],\"workingWeekendDays\":[]}"));
        Replicas.Tree tree = Replicas.tree();
        TestKafka.send(FeedbackEventFixtures.received(tree.office(), "2025-01-06"));

        assertDeadLettered("plan.units.dlt", badUnit);
        assertDeadLettered("feedback.events.dlt", badFeedback);
        assertDeadLettered("feedback.calendar.dlt", badCalendar);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures(tree.department(), Q1_START, Q1_END)
                .body("figures.feedbackReceived", equalTo(1)));
    }

    @Test
    void theWorkingDayCalendarIsReplicatedYearByYear() {
        TestKafka.send(FeedbackEventFixtures.calendarYear(2031, List.of("2031-01-01", "2031-01-22"), List.of("2031-01-18")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/calendar/years/2031").then()
                .statusCode(200)
                .body("nonWorkingDays", contains("2031-01-01", "2031-01-22"))
                .body("workingWeekendDays", contains("2031-01-18")));

        TestKafka.send(FeedbackEventFixtures.calendarYear(2031, List.of("2031-01-01"), List.of()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/calendar/years/2031").then()
                .statusCode(200).body("nonWorkingDays", contains("2031-01-01")));
        TestKafka.send(new ProducerRecord<>("feedback.calendar", "2031", null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/calendar/years/2031").then().statusCode(404));
    }

    private static io.restassured.response.ValidatableResponse figures(String unit, String from, String to) {
        return given().queryParam("unitCode", unit).queryParam("from", from).queryParam("to", to)
                .get("/aggregates/figures").then().statusCode(200);
    }

    private static void assertDeadLettered(String topic, String key) {
        try (TopicReader reader = new TopicReader(TestKafka.bootstrapServers(), topic)) {
            assertThat(reader.await(record -> key.equals(record.key()), Duration.ofSeconds(30))).as(topic).hasSize(1);
        }
    }
}
