package vn.tthc.reporting.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TopicReader;
import vn.tthc.reporting.Replicas;
import vn.tthc.reporting.TestClock;
import vn.tthc.reporting.TestKafka;
import vn.tthc.reporting.TestRegimes;
import vn.tthc.reporting.rest.TestReports;
import vn.tthc.reporting.service.ReminderService;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Due-soon and overdue reminders: once each per expected submission, none for a unit that submitted. */
@QuarkusTest
class ReminderTest {

    @Inject
    ReminderService reminders;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void unitsThatOweTheirReportAreRemindedOnceWhenItIsDueSoonAndOnceWhenOverdue() {
        Replicas.Tree tree = Replicas.tree();
        String regime = TestRegimes.createTthcControl(tree);
        // Division 2 reports early; the others do not. Q1 2025 is due by Monday 17/3 for divisions.
        clock.setToday(LocalDate.of(2025, 3, 5));
        String id = given().contentType(ContentType.JSON)
                .body("{\"regimeCode\":\"%s\",\"periodKey\":\"2025-Q1\",\"unitCode\":\"%s\"}".formatted(regime, tree.division2()))
                .post("/submissions").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(TestReports.COMPLETE)
                .put("/submissions/{id}/content", id).then().statusCode(200);
        given().post("/submissions/{id}/submit", id).then().statusCode(200);
        String draft = given().contentType(ContentType.JSON)
                .body("{\"regimeCode\":\"%s\",\"periodKey\":\"2025-Q1\",\"unitCode\":\"%s\"}".formatted(regime, tree.inspectorate()))
                .post("/submissions").then().statusCode(201).extract().path("id");

        clock.setToday(LocalDate.of(2025, 3, 10));
        reminders.run();
        clock.setToday(LocalDate.of(2025, 3, 12));
        reminders.run();
        reminders.run();
        clock.setToday(LocalDate.of(2025, 3, 18));
        reminders.run();
        reminders.run();

        String prefix = regime + "/2025-Q1/";
        try (TopicReader reader = new TopicReader(TestKafka.bootstrapServers(), "reporting.events")) {
            reader.await(record -> record.key() != null && record.key().equals(prefix + tree.inspectorate())
                    && TopicReader.header(record, "ce_type").orElse("").endsWith("overdue.v1"), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> events = reader.readFor(
                    record -> record.key() != null && record.key().startsWith(regime + "/"), Duration.ofMillis(500));

            assertThat(events).extracting(record -> record.key() + " " + TopicReader.header(record, "ce_type").orElseThrow())
                    .containsExactlyInAnyOrder(
                            prefix + tree.division1() + " vn.tthc.reporting.submission.due-soon.v1",
                            prefix + tree.inspectorate() + " vn.tthc.reporting.submission.due-soon.v1",
                            prefix + tree.division1() + " vn.tthc.reporting.submission.overdue.v1",
                            prefix + tree.inspectorate() + " vn.tthc.reporting.submission.overdue.v1");
            for (ConsumerRecord<String, String> event : events) {
                String type = TopicReader.header(event, "ce_type").orElseThrow();
                assertThat(EventSchema.forType("reporting-service", type).violations(event.value())).as(type).isEmpty();
                assertThat(TopicReader.header(event, "ce_subject")).contains("regimes/" + regime + "/periods/2025-Q1/units/"
                        + event.key().substring(prefix.length()));
                assertThat(TopicReader.header(event, "ce_source")).contains("/tthc/reporting-service");
            }
            assertThat(events).filteredOn(event -> event.key().endsWith(tree.division1())
                            && TopicReader.header(event, "ce_type").orElseThrow().endsWith("due-soon.v1"))
                    .singleElement().extracting(ConsumerRecord::value).asString()
                    .contains("\"workingDaysLeft\":3", "\"lastAllowedDay\":\"2025-03-17\"", "\"submissionId\":null");
            assertThat(events).filteredOn(event -> event.key().endsWith(tree.inspectorate())
                            && TopicReader.header(event, "ce_type").orElseThrow().endsWith("overdue.v1"))
                    .singleElement().extracting(ConsumerRecord::value).asString()
                    .contains("\"daysOverdue\":1", "\"submissionId\":\"" + draft + "\"");
            assertThat(events).extracting(ConsumerRecord::key).doesNotContain(prefix + tree.division2(), prefix + tree.office());
            assertThat(Set.copyOf(events.stream().map(ConsumerRecord::key).toList())).hasSize(2);
        }
    }
}
