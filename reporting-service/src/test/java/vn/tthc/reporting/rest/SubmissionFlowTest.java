package vn.tthc.reporting.rest;

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
import vn.tthc.reporting.events.FeedbackEventFixtures;
import vn.tthc.reporting.events.PlanEventFixtures;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The whole cycle over REST, on real PostgreSQL and Kafka: events feed the figures, a unit drafts (prefilled),
 * submits late, is returned, resubmits, is accepted; what was published is checked against the schemas.
 */
@QuarkusTest
class SubmissionFlowTest {


    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void draftSubmitLateReturnResubmitAcceptAndTheEventsPublished() {
        Replicas.Tree tree = Replicas.tree();
        String regime = TestRegimes.createTthcControl(tree);
        TestKafka.send(PlanEventFixtures.taskCompleted(tree.division1(), "2025-01-10", true));
        TestKafka.send(PlanEventFixtures.taskCompleted(tree.division1(), "2025-02-10", false));
        TestKafka.send(PlanEventFixtures.taskCompleted(tree.division1(), "2025-03-15", true));
        TestKafka.send(FeedbackEventFixtures.received(tree.division1(), "2025-01-05"));
        TestKafka.send(FeedbackEventFixtures.received(tree.division1(), "2024-12-15"));
        TestKafka.send(FeedbackEventFixtures.answered(tree.division1(), "2025-02-01", true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("unitCode", tree.division1())
                .get("/regimes/{code}/periods/2025-Q1/figures", regime).then().statusCode(200)
                .body("figures.tasksCompleted", equalTo(2)).body("figures.feedbackReceived", equalTo(2))
                .body("figures.feedbackAnswered", equalTo(1)));

        // Division 2 reports on time and is accepted at once.
        clock.setToday(LocalDate.of(2025, 3, 10));
        String onTime = startDraft(regime, tree.division2());
        save(onTime, TestReports.COMPLETE).then().statusCode(200);
        given().post("/submissions/{id}/submit", onTime).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("late", equalTo(false)).body("lastAllowedDay", equalTo("2025-03-17"));
        decide(onTime, "ACCEPTED", null).then().statusCode(200).body("status", equalTo("ACCEPTED"));

        // Division 1 starts after the deadline: what the system knows is prefilled and marked.
        clock.setToday(LocalDate.of(2025, 3, 20));
        String late = startDraft(regime, tree.division1());
        given().get("/submissions/{id}", late).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("periodStart", equalTo("2024-12-15"))
                .body("content.forms.tong-hop-kiem-soat-tthc.values.tasksCompleted", equalTo(2))
                .body("content.forms.tong-hop-kiem-soat-tthc.values.tasksCompletedLate", equalTo(1))
                .body("content.forms.tong-hop-kiem-soat-tthc.values.feedbackReceived", equalTo(2))
                .body("content.forms.tong-hop-kiem-soat-tthc.values.feedbackHandledOnTime", equalTo(1))
                .body("content.forms.06/VPCP/KSTT.rows", hasSize(0))
                .body("prefilled.tong-hop-kiem-soat-tthc.feedbackReceived.source", equalTo("feedback-service"))
                .body("prefilled.tong-hop-kiem-soat-tthc.tasksCompleted.source", equalTo("plan-service"))
                .body("prefilled.tong-hop-kiem-soat-tthc.tasksCompleted.edited", equalTo(false));

        save(late, TestReports.COMPLETE.replace("\"feedbackReceived\":2", "\"feedbackReceived\":3")).then().statusCode(200)
                .body("prefilled.tong-hop-kiem-soat-tthc.feedbackReceived.value", equalTo(2))
                .body("prefilled.tong-hop-kiem-soat-tthc.feedbackReceived.edited", equalTo(true))
                .body("prefilled.tong-hop-kiem-soat-tthc.tasksCompleted.edited", equalTo(false));
        given().post("/submissions/{id}/submit", late).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("late", equalTo(true)).body("versions[0].late", equalTo(true));

        decide(late, "RETURNED", "Số liệu lĩnh vực Sở hữu trí tuệ chưa khớp với hệ thống một cửa.").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        save(late, TestReports.COMPLETE.replace("\"proceduresReviewed\":4", "\"proceduresReviewed\":5")).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("currentVersion", equalTo(2));
        given().post("/submissions/{id}/submit", late).then().statusCode(200).body("currentVersion", equalTo(2));
        decide(late, "ACCEPTED", null).then().statusCode(200);

        given().get("/submissions/{id}", late).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("late", equalTo(true))
                .body("content.forms.tong-hop-kiem-soat-tthc.values.proceduresReviewed", equalTo(5))
                .body("versions.number", contains(1, 2))
                .body("versions.late", contains(true, true))
                .body("decisions.decision", contains("RETURNED", "ACCEPTED"))
                .body("decisions[0].comment", equalTo("Số liệu lĩnh vực Sở hữu trí tuệ chưa khớp với hệ thống một cửa."))
                .body("decisions.version", contains(1, 2));
        given().get("/submissions/{id}/versions/1", late).then().statusCode(200)
                .body("content.forms.tong-hop-kiem-soat-tthc.values.proceduresReviewed", equalTo(4));
        given().queryParam("regimeCode", regime).queryParam("status", "ACCEPTED").get("/submissions").then()
                .body("total", equalTo(2));

        given().get("/regimes/{code}/periods/2025-Q1/completeness", regime).then().statusCode(200)
                .body("expected", equalTo(3))
                .body("submitted", equalTo(2))
                .body("onTime", equalTo(1))
                .body("late", equalTo(1))
                .body("accepted", equalTo(2))
                .body("missing", equalTo(1))
                .body("missingUnits.code", contains(tree.inspectorate()))
                .body("lastAllowedDay", equalTo("2025-03-17"));

        given().get("/regimes/{code}/periods/2025-Q1/consolidated", regime).then().statusCode(200)
                .body("receivingUnitCode", equalTo(tree.office()))
                .body("unitsExpected", equalTo(3))
                .body("unitsAccepted", equalTo(2))
                .body("forms[1].code", equalTo("tong-hop-kiem-soat-tthc"))
                .body("forms[1].totals.proceduresReviewed", equalTo(9))
                .body("forms[1].totals.feedbackReceived", equalTo(4))
                .body("forms[1].sections.results.unitCode", contains(tree.division1(), tree.division2()))
                .body("forms[0].rows.labels.fieldName", contains("Hoạt động khoa học và công nghệ", "Sở hữu trí tuệ"))
                .body("forms[0].rows[0].totals.received", equalTo(20))
                .body("forms[0].rows[1].totals.received", equalTo(6))
                .body("forms[0].totals.received", equalTo(26))
                .body("eventFigures.tasksCompleted", equalTo(2))
                .body("eventFigures.feedbackReceived", equalTo(2))
                .body("eventFigures.feedbackAnsweredOnTime", equalTo(1))
                .body("units.unitCode", contains(tree.division1(), tree.division2(), tree.inspectorate()))
                .body("units[0].version", equalTo(2))
                .body("units[0].late", equalTo(true))
                .body("units[0].content.forms.tong-hop-kiem-soat-tthc.values.proceduresReviewed", equalTo(5))
                .body("units[0].eventFigures.tasksCompleted", equalTo(2))
                .body("units[2].status", equalTo(null));

        ReportFiles.assertConsolidatedDocx(given().queryParam("format", "docx")
                .get("/regimes/{code}/periods/2025-Q1/consolidated/document", regime).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"bao-cao-tong-hop-VP-[A-Za-z0-9.-]+-2025-Q1\\.docx\"; "
                                + "filename\\*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p%20V%C4%83n%20ph%C3%B2ng%20S%E1%BB%9F%20.*"
                                + "%20-%20Qu%C3%BD%20I%20n%C4%83m%202025\\.docx"))
                .extract().asByteArray());
        ReportFiles.assertConsolidatedXlsx(given().queryParam("format", "xlsx")
                .get("/regimes/{code}/periods/2025-Q1/consolidated/document", regime).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray());
        ReportFiles.assertSubmissionDocx(given().queryParam("format", "docx").queryParam("version", 1)
                .get("/submissions/{id}/document", late).then().statusCode(200).extract().asByteArray());
        ReportFiles.assertSubmissionXlsx(given().queryParam("format", "XLSX")
                .get("/submissions/{id}/document", late).then().statusCode(200).extract().asByteArray());
        given().queryParam("format", "pdf").get("/submissions/{id}/document", late).then().statusCode(400)
                .body("errors[0].field", equalTo("format"));

        assertPublished(late, List.of("vn.tthc.reporting.submission.submitted.v1", "vn.tthc.reporting.submission.returned.v1",
                "vn.tthc.reporting.submission.submitted.v1", "vn.tthc.reporting.submission.accepted.v1"));
    }

    /**
     * Civil Code 2015 art. 148(5): divisions report 2024-Q1 "trước ngày 17", Sunday 17/3/2024, so the deadline
     * ends on Monday 18/3. Sent on the Monday: on time, in completeness and in the consolidated report; sent on
     * the Tuesday: late.
     */
    @Test
    void aReportDueOnASundayAndSentOnTheMondayIsOnTime() {
        Replicas.Tree tree = Replicas.tree();
        String regime = TestRegimes.createTthcControl(tree);
        given().get("/regimes/{code}/periods/2024-Q1", regime).then().statusCode(200)
                .body("printedLastAllowedDay", equalTo("2024-03-17"))
                .body("lastAllowedDay", equalTo("2024-03-18"));

        clock.setToday(LocalDate.of(2024, 3, 18));
        String monday = startDraft(regime, tree.division1(), "2024-Q1");
        save(monday, TestReports.COMPLETE).then().statusCode(200);
        given().post("/submissions/{id}/submit", monday).then().statusCode(200)
                .body("late", equalTo(false))
                .body("lastAllowedDay", equalTo("2024-03-18"))
                .body("printedLastAllowedDay", equalTo("2024-03-17"));
        decide(monday, "ACCEPTED", null).then().statusCode(200);

        clock.setToday(LocalDate.of(2024, 3, 19));
        String tuesday = startDraft(regime, tree.division2(), "2024-Q1");
        save(tuesday, TestReports.COMPLETE).then().statusCode(200);
        given().post("/submissions/{id}/submit", tuesday).then().statusCode(200).body("late", equalTo(true));
        decide(tuesday, "ACCEPTED", null).then().statusCode(200);

        given().get("/regimes/{code}/periods/2024-Q1/completeness", regime).then().statusCode(200)
                .body("lastAllowedDay", equalTo("2024-03-18"))
                .body("printedLastAllowedDay", equalTo("2024-03-17"))
                .body("submitted", equalTo(2))
                .body("onTime", equalTo(1))
                .body("late", equalTo(1))
                .body("units.find { it.unitCode == '%s' }.late".formatted(tree.division1()), equalTo(false))
                .body("units.find { it.unitCode == '%s' }.late".formatted(tree.division2()), equalTo(true));
        given().get("/regimes/{code}/periods/2024-Q1/consolidated", regime).then().statusCode(200)
                .body("lastAllowedDay", equalTo("2024-03-18"))
                .body("printedLastAllowedDay", equalTo("2024-03-17"))
                .body("unitsAccepted", equalTo(2))
                .body("units.find { it.unitCode == '%s' }.late".formatted(tree.division1()), equalTo(false))
                .body("units.find { it.unitCode == '%s' }.late".formatted(tree.division2()), equalTo(true));
    }

    private static void assertPublished(String submissionId, List<String> types) {
        try (TopicReader reader = new TopicReader(TestKafka.bootstrapServers(), "reporting.events")) {
            reader.await(record -> submissionId.equals(record.key())
                    && TopicReader.header(record, "ce_type").orElse("").endsWith("accepted.v1"), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> events = reader.readFor(record -> submissionId.equals(record.key()),
                    Duration.ofMillis(300));
            assertThat(events).extracting(record -> TopicReader.header(record, "ce_type").orElseThrow()).containsExactlyElementsOf(types);
            for (ConsumerRecord<String, String> event : events) {
                String type = TopicReader.header(event, "ce_type").orElseThrow();
                assertThat(EventSchema.forType("reporting-service", type).violations(event.value())).as(type).isEmpty();
                assertThat(TopicReader.header(event, "ce_source")).contains("/tthc/reporting-service");
                assertThat(TopicReader.header(event, "ce_subject")).contains("submissions/" + submissionId);
                assertThat(TopicReader.header(event, "ce_specversion")).contains("1.0");
                assertThat(TopicReader.header(event, "ce_id")).isPresent();
                assertThat(TopicReader.header(event, "ce_time")).isPresent();
            }
            assertThat(events.get(0).value()).contains("\"late\":true", "\"version\":1", "\"periodStart\":\"2024-12-15\"",
                    "\"periodEnd\":\"2025-03-14\"", "\"periodKey\":\"2025-Q1\"");
            assertThat(events.get(2).value()).contains("\"version\":2", "\"late\":true");
        }
    }

    static String startDraft(String regime, String unit) {
        return startDraft(regime, unit, "2025-Q1");
    }

    static String startDraft(String regime, String unit, String periodKey) {
        return given().contentType(ContentType.JSON)
                .body("{\"regimeCode\":\"%s\",\"periodKey\":\"%s\",\"unitCode\":\"%s\"}".formatted(regime, periodKey, unit))
                .post("/submissions").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.Response save(String id, String content) {
        return given().contentType(ContentType.JSON).body(content).put("/submissions/{id}/content", id);
    }

    static io.restassured.response.Response decide(String id, String decision, String comment) {
        return given().contentType(ContentType.JSON)
                .body(comment == null ? "{\"decision\":\"%s\"}".formatted(decision)
                        : "{\"decision\":\"%s\",\"comment\":\"%s\"}".formatted(decision, comment))
                .post("/submissions/{id}/decisions", id);
    }
}
