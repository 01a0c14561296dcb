package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.TestClock;
import vn.tthc.feedback.service.CalendarService;
import vn.tthc.local.security.Tokens;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.not;

/** The calendar's API and its publication to feedback.calendar. */
@QuarkusTest
class CalendarApiTest {

    private static final EventSchema SCHEMA = EventSchema.forType("feedback-service", "vn.tthc.feedback.calendar.year.v1");

    @Test
    void year2025HasItsAnnouncedTetBlockAndTheSwappedSaturday() {
        given().get("/calendar/years/2025").then().statusCode(200)
                .body("year", equalTo(2025))
                .body("nonWorkingDays", contains("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30",
                        "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"))
                .body("workingWeekendDays", contains("2025-04-26"))
                .body("holidays.find { it.date == '2025-04-07' }.name", equalTo("Giỗ Tổ Hùng Vương"))
                .body("holidays.find { it.date == '2025-01-29' }.name", equalTo("Tết Nguyên đán (theo thông báo)"))
                .body("holidays.find { it.date == '2025-05-02' }.reason", equalTo("WEEKEND_SWAP"))
                // The announced Tết block replaces the default one: Monday 3 February is no made-up day.
                .body("nonWorkingDays", not(hasItem("2025-02-03")))
                .body("overrides.swappedWorkingDays", contains("2025-04-26"));
    }

    @Test
    void theOverridesStoredByTheMigrationAreTheYearsFirstHistoryEntry() {
        given().get("/calendar/years/2026").then().statusCode(200)
                .body("history", hasSize(1))
                .body("history[0].actor", equalTo("migration"))
                .body("history[0].addedDaysOff", hasItems("2026-02-14", "2026-02-22"));
    }

    @Test
    void year2026HasTetFrom14To22February() {
        given().get("/calendar/years/2026").then().statusCode(200)
                .body("nonWorkingDays", hasItems("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"))
                .body("nonWorkingDays", not(hasItem("2026-02-23")))
                // Hùng Kings' day 2026 falls on Sunday 26 April: a holiday, made up on Monday 27 April.
                .body("holidays.find { it.date == '2026-04-26' }.name", equalTo("Giỗ Tổ Hùng Vương"))
                .body("holidays.find { it.date == '2026-04-26' }.reason", equalTo("HOLIDAY"))
                .body("holidays.find { it.date == '2026-04-26' }.legalBasis",
                        equalTo("Điểm e khoản 1 Điều 112 Bộ luật Lao động 2019"))
                .body("holidays.find { it.date == '2026-04-27' }.reason", equalTo("MADE_UP_DAY"))
                .body("holidays.find { it.date == '2026-04-27' }.legalBasis", equalTo("Khoản 3 Điều 111 Bộ luật Lao động 2019"))
                .body("holidays.find { it.date == '2026-02-14' }.reason", equalTo("ANNOUNCED_DAY_OFF"))
                .body("nonWorkingDays", not(hasItem("2026-04-26")))
                .body("nonWorkingDays", hasItem("2026-04-27"));
        given().queryParam("from", "2026-04-24").queryParam("workingDays", 1).get("/calendar/deadline").then()
                .statusCode(200).body("date", equalTo("2026-04-28"));
        // A time limit printed as ending on Sunday 13 December 2026 ends on Monday 14 December.
        given().queryParam("from", "2026-12-13").queryParam("workingDays", 0).get("/calendar/deadline").then()
                .statusCode(200).body("date", equalTo("2026-12-14"));
    }

    @Test
    void deadlinesCountWorkingDays() {
        given().queryParam("from", "2025-01-24").queryParam("workingDays", 5).get("/calendar/deadline").then()
                .statusCode(200).body("date", equalTo("2025-02-07"));
        given().queryParam("from", "2025-04-24").queryParam("workingDays", 2).get("/calendar/deadline").then()
                .body("date", equalTo("2025-04-26"));
        given().queryParam("from", "2026-02-12").queryParam("workingDays", 2).get("/calendar/deadline").then()
                .body("date", equalTo("2026-02-23"));
        given().queryParam("from", "2025-01-24").get("/calendar/deadline").then().statusCode(400);
    }

    @Inject
    TestClock clock;

    @Inject
    CalendarService calendar;

    @Test
    void theYearsAroundTodayArePublishedAtStart() {
        // What the start does (CalendarPublisher), on a chosen day: the wall clock's year would move the window.
        clock.setDay(LocalDate.of(2025, 6, 2));
        try {
            calendar.publishWindow(1, 1);
        } finally {
            clock.reset();
        }
        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "feedback.calendar")) {
            List<ConsumerRecord<String, String>> years = reader.await(r -> "2025".equals(r.key()), Duration.ofSeconds(20));
            assertThat(years).isNotEmpty();
            assertThat(SCHEMA.violations(years.get(0).value())).isEmpty();
            assertThat(years.get(0).value()).contains("\"2025-04-26\"", "\"2025-01-27\"");
            assertThat(TopicReader.header(years.get(0), "ce_type")).contains("vn.tthc.feedback.calendar.year.v1");
            assertThat(reader.await(r -> "2026".equals(r.key()), Duration.ofSeconds(5))).isNotEmpty();
            assertThat(reader.await(r -> "2024".equals(r.key()), Duration.ofSeconds(5))).isNotEmpty();
        }
    }

    @Test
    void changingAYearsOverridesRepublishesIt() {
        String etag = given().get("/calendar/years/2031").then().statusCode(200)
                .body("workingWeekendDays", equalTo(List.of())).extract().header("ETag");
        // Before the change: Friday 10 January 2031 + 1 working day is Monday 13 (the service keeps the calendar it
        // built; the change below must replace it at once).
        given().queryParam("from", "2031-01-10").queryParam("workingDays", 1).get("/calendar/deadline").then()
                .body("date", equalTo("2031-01-13"));
        String body = """
                {"addedDaysOff":["2031-01-02","2031-01-03"],"swappedWorkingDays":["2031-01-11"],
                 "note":"Nghỉ bù Tết Dương lịch, làm bù thứ Bảy 11/01/2031"}""";
        // Only administrators change the calendar; a planner reads it but gets 403 on a change.
        given().header(Tokens.bearer(Tokens.staff("vp.clerk", "SKHCN", Caller.PLANNER))).contentType(ContentType.JSON)
                .body(body).put("/calendar/years/2031/overrides").then().statusCode(403)
                .body("type", equalTo("https://tthc.vn/problems/forbidden"));
        given().header(Tokens.bearer(Tokens.person("0b5e-admin", "Quản trị hệ thống", "UBND-ST", Caller.ADMINISTRATOR)))
                .contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/calendar/years/2031/overrides").then().statusCode(200)
                .body("nonWorkingDays", hasItems("2031-01-02", "2031-01-03"))
                .body("workingWeekendDays", contains("2031-01-11"))
                .body("overrides.note", equalTo("Nghỉ bù Tết Dương lịch, làm bù thứ Bảy 11/01/2031"))
                // The calendar's history shows who changed it: subject, readable name, unit, and when.
                .body("history", hasSize(1))
                .body("history[0].actor", equalTo("0b5e-admin"))
                .body("history[0].actorName", equalTo("Quản trị hệ thống"))
                .body("history[0].actorUnit", equalTo("UBND-ST"))
                .body("history[0].at", notNullValue())
                .body("history[0].swappedWorkingDays", contains("2031-01-11"));
        // The old ETag is stale now.
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/calendar/years/2031/overrides").then().statusCode(412);
        given().get("/calendar/years/2031").then().body("history.actor", contains("0b5e-admin"));
        given().queryParam("from", "2031-01-10").queryParam("workingDays", 1).get("/calendar/deadline").then()
                .body("date", equalTo("2031-01-11"));

        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "feedback.calendar")) {
            List<ConsumerRecord<String, String>> published = reader.await(
                    r -> "2031".equals(r.key()) && r.value() != null && r.value().contains("2031-01-11"), Duration.ofSeconds(20));
            assertThat(published).hasSize(1);
            assertThat(SCHEMA.violations(published.get(0).value())).isEmpty();
            assertThat(published.get(0).value()).contains("\"workingWeekendDays\":[\"2031-01-11\"]");
        }
    }

    @Test
    void overridesThatContradictTheRulesAreRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"swappedWorkingDays\":[\"2032-01-05\"]}")
                .put("/calendar/years/2032/overrides").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"addedDaysOff\":[\"2033-01-05\"]}")
                .put("/calendar/years/2032/overrides").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"removedDaysOff\":[\"2032-03-03\"]}")
                .put("/calendar/years/2032/overrides").then().statusCode(400);
        given().get("/calendar/years/1800").then().statusCode(400);
    }

    @Test
    void aDeadlineOutsideTheCalendarsYearsIsA422Problem() {
        for (String from : List.of("1800-01-01", "9999-12-01", "2199-12-31")) {
            given().queryParam("from", from).queryParam("workingDays", 5).get("/calendar/deadline").then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://tthc.vn/problems/calendar-year-unknown"))
                    .body("title", equalTo("Không xử lý được yêu cầu"));
        }
        given().queryParam("from", "2026-04-24").queryParam("workingDays", 1).get("/calendar/deadline").then().statusCode(200);
    }
}
