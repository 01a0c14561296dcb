package vn.tthc.local;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Starts the whole stack once, as the run command does (the launcher in its own JVM, which starts PostgreSQL,
 * Kafka, Keycloak and the three packaged services), and drives every cross-service flow over HTTP with real
 * tokens from Keycloak (demo staff through the password grant, the integration client through client
 * credentials), one flow per test method, in order:
 * <ol>
 *   <li>a unit created in plan-service reaches the replicas of reporting-service and feedback-service
 *       ({@code plan.units});</li>
 *   <li>a task completed in plan-service counts in reporting-service, on time ({@code plan.events});</li>
 *   <li>feedback answered late (the first start's demo items) and feedback received and answered now, on time, count
 *       in reporting-service's figures ({@code feedback.events}), for the demo realm's units;</li>
 *   <li>a report submitted in reporting-service marks the linked task's occurrence done in plan-service
 *       ({@code reporting.events}), and that completion, late, counts back in reporting-service;</li>
 *   <li>a calendar override in feedback-service moves reporting-service's working-day deadlines
 *       ({@code feedback.calendar});</li>
 *   <li>last: a second stack on the same ports is refused, the stack stops cleanly, and the data survives a restart.</li>
 * </ol>
 * The services run on the wall clock: every date asserted is either chosen in the request (a completion date, a
 * day the letter was received, a period of 2025 or 2032) or read back from the service that set it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackEndToEndTest {

    /** A new department and its units, created in plan-service by the first flow, used by the feedback flow. */
    private static final String DEPARTMENT = "ST-E2E";
    private static final String OFFICE = "ST-E2E-VP";
    private static final String DIVISION = "ST-E2E-P1";
    private static final List<String> SERVICES = List.of("plan-service", "reporting-service", "feedback-service");

    private final Path data;
    private final List<Process> launched = new ArrayList<>();
    private final int postgresPort = Ports.free();
    private final int kafkaPort = Ports.free();
    private final int controllerPort = Ports.free();
    private final int planPort = Ports.free();
    private final int reportingPort = Ports.free();
    private final int feedbackPort = Ports.free();
    private final int planManagementPort = Ports.free();
    private final int reportingManagementPort = Ports.free();
    private final int feedbackManagementPort = Ports.free();
    private final int keycloakPort = Ports.free();
    private final int consolePort = Ports.free();
    private final int consoleManagementPort = Ports.free();

    private String plan;
    private String reporting;
    private String feedback;
    private KeycloakTokens tokens;
    private Process stack;
    /** The task completed in the second flow, read again after the restart. */
    private String completedTaskId;

    LocalStackEndToEndTest() throws IOException {
        data = Files.createTempDirectory("tthc-e2e-");
    }

    @BeforeAll
    void startTheStackOnce() throws IOException {
        stack = launch("first");
        awaitUp(stack, "first");
        plan = "http://localhost:" + planPort;
        reporting = "http://localhost:" + reportingPort;
        feedback = "http://localhost:" + feedbackPort;
        tokens = new KeycloakTokens("http://localhost:" + keycloakPort + "/realms/tthc");
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        for (Process process : launched) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
        Directories.deleteQuietly(data);
    }

    @Test
    @Order(0)
    void everyServiceIsReadyAndEveryApiWantsAToken() {
        for (int port : new int[]{planPort, reportingPort, feedbackPort}) {
            given().get("http://localhost:" + port + "/units/ST-UBND").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
            given().get("http://localhost:" + port + "/q/health/ready").then().statusCode(404);
        }
        // Health, metrics, OpenAPI and Swagger UI are on each service's management port, never on the API port.
        for (int port : new int[]{planManagementPort, reportingManagementPort, feedbackManagementPort}) {
            given().get("http://localhost:" + port + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().get("http://localhost:" + port + "/q/swagger-ui/").then().statusCode(200);
            given().get("http://localhost:" + port + "/q/metrics").then().statusCode(200);
        }
        // The demo tree (loaded on the first start) has the department ST-SKHCN and its division ST-SKHCN-QLKH.
        given().auth().oauth2(administrator()).get(plan + "/units/ST-SKHCN-QLKH").then().statusCode(200);
    }

    /**
     * Against the real realm: a token that is not one of its own (not a JWT, a JWT that does not decode, one signed by
     * another key) is a 401 problem from every service, decided on the realm's cached keys with no ERROR line in any
     * service's log (an introspection call would have logged one when Keycloak refused it).
     */
    @Test
    @Order(0)
    void badTokensAreRefusedLocallyWithoutAnErrorLine() throws Exception {
        String realm = "http://localhost:" + keycloakPort + "/realms/tthc";
        Map<String, Long> errorsBefore = new HashMap<>();
        for (String service : SERVICES) {
            errorsBefore.put(service, errorLines(service));
        }
        for (String api : List.of(plan + "/plans", reporting + "/regimes", feedback + "/items")) {
            for (String token : List.of("8f14e45fceea167a5a36dedd4bea2543", "eyJhbGciOiJSUzI1NiJ9.not-json.c2lnbmF0dXJl",
                    forgedToken(realm, "plan-service"))) {
                given().auth().oauth2(token).get(api).then().statusCode(401)
                        .header("WWW-Authenticate", startsWith("Bearer")).contentType("application/problem+json");
            }
        }
        for (String service : SERVICES) {
            assertThat(errorLines(service)).as("ERROR lines in %s's log", service).isEqualTo(errorsBefore.get(service));
        }
    }

    /** Two POST /plans with one Idempotency-Key make one plan, and a forged Host never reaches Location. */
    @Test
    @Order(0)
    void aRetriedCreateMakesOnePlanAndLocationIgnoresTheHostHeader() {
        String key = UUID.randomUUID().toString();
        String body = "{\"title\":\"Kế hoạch gửi lại " + key + "\"}";
        var first = given().auth().oauth2(administrator()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .header("Host", "evil.example.com").body(body).post(plan + "/plans").then().statusCode(201).extract();
        var second = given().auth().oauth2(administrator()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post(plan + "/plans").then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertThat(second.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(first.header("Location")).isEqualTo(plan + "/plans/" + first.path("id"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        given().auth().oauth2(administrator()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body.replace("gửi lại", "khác")).post(plan + "/plans").then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    @Order(1)
    void aUnitCreatedInPlanServiceReachesBothReplicas() {
        ensureTheE2eDepartment();
        String integration = integration();
        await("the new units in reporting-service's replica").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().auth().oauth2(integration).get(reporting + "/units/{code}", DIVISION).then()
                        .statusCode(200)
                        .body("name", equalTo("Phòng Thử nghiệm liên thông"))
                        .body("parentCode", equalTo(DEPARTMENT))
                        .body("ancestors.code", contains(DEPARTMENT, "ST-UBND")));
        await("the new units in feedback-service's replica").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().auth().oauth2(integration).get(feedback + "/units/{code}", DIVISION).then()
                        .statusCode(200)
                        .body("unit.name", equalTo("Phòng Thử nghiệm liên thông"))
                        .body("unit.kind", equalTo("DIVISION"))
                        .body("ancestors.code", contains(DEPARTMENT, "ST-UBND")));

        // A change travels too: the renamed office reaches both replicas.
        putUnit(OFFICE, "Văn phòng Sở Thử nghiệm (đổi tên)", "DIVISION", DEPARTMENT);
        await("the renamed office in reporting-service").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().auth().oauth2(integration).get(reporting + "/units/{code}", OFFICE).then()
                        .statusCode(200).body("name", equalTo("Văn phòng Sở Thử nghiệm (đổi tên)")));
        await("the renamed office in feedback-service").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().auth().oauth2(integration).get(feedback + "/units/{code}", OFFICE).then()
                        .statusCode(200).body("unit.name", equalTo("Văn phòng Sở Thử nghiệm (đổi tên)")));
    }

    @Test
    @Order(2)
    void aTaskCompletedInPlanServiceCountsInReportingOnTime() {
        String planner = tokens.password("vanphong.skhcn", "demo");
        String officer = tokens.password("canbo.qlkh", "demo");
        String otherOfficer = tokens.password("canbo.khtc", "demo");
        String integration = integration();

        String planId = given().auth().oauth2(planner).contentType(ContentType.JSON)
                .body("{\"title\":\"Kế hoạch kiểm soát TTHC năm 2025 (E2E)\",\"issuingUnitCode\":\"ST-SKHCN\"}")
                .post(plan + "/plans").then().statusCode(201).extract().path("id");
        String taskId = given().auth().oauth2(planner).contentType(ContentType.JSON)
                .body("{\"label\":\"1\",\"content\":\"Công bố thủ tục hành chính\",\"leadUnitCode\":\"ST-SKHCN-QLKH\",\"dueDate\":\"2025-03-31\"}")
                .post(plan + "/plans/{id}/tasks", planId).then().statusCode(201).extract().path("id");

        given().auth().oauth2(otherOfficer).contentType(ContentType.JSON).body("{\"completedOn\":\"2025-03-20\"}")
                .post(plan + "/tasks/{id}/completion", taskId).then().statusCode(403);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"completedOn\":\"2025-03-20\"}")
                .post(plan + "/tasks/{id}/completion", taskId).then().statusCode(200).body("onTime", equalTo(true));
        completedTaskId = taskId;

        // Counted on its completion day, on time (done 11 days before its due date).
        await("the completion in reporting-service's task counts").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> completionsOn(integration, "2025-03-20")
                        .body("completed", equalTo(1)).body("onTime", equalTo(1)).body("late", equalTo(0)));
        await("the completion in reporting-service's figures of the department above").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(integration).queryParam("unitCode", "ST-SKHCN")
                        .queryParam("from", "2025-03-20").queryParam("to", "2025-03-20").get(reporting + "/aggregates/figures")
                        .then().statusCode(200)
                        .body("figures.tasksCompleted", equalTo(1))
                        .body("figures.tasksCompletedOnTime", equalTo(1))
                        .body("figures.tasksCompletedLate", equalTo(0)));
    }

    @Test
    @Order(3)
    void feedbackAnsweredLateByTheDemoDataCountsInReportingLateAndItsOfficersSeeIt() {
        // The first start's demo items (feedback-service records them through the domain and its outbox, like real
        // ones) are the department's: received by ST-SKHCN-VP, one answered on time by ST-SKHCN-QLKH and published,
        // one answered late by ST-SKHCN-QLCN after an extension. A late answer needs days to pass between assignment
        // and answer, which a test cannot do against services on the wall clock; the demo items were dated back.
        String leader = tokens.password("lanhdao.skhcn", "demo");
        String integration = integration();
        String lateId = given().auth().oauth2(leader).queryParam("unitCode", "ST-SKHCN").queryParam("status", "ANSWERED")
                .get(feedback + "/items").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].handlingUnitCode", equalTo("ST-SKHCN-QLCN"))
                .extract().path("items[0].id");
        String answeredOn = given().auth().oauth2(leader).get(feedback + "/items/{id}", lateId).then().statusCode(200)
                .body("answeredOnTime", equalTo(false)).extract().path("answeredOn");
        int received = given().auth().oauth2(leader).queryParam("unitCode", "ST-SKHCN").get(feedback + "/items")
                .then().statusCode(200).extract().path("total");
        assertThat(received).as("demo items received by the department").isEqualTo(6);

        await("the demo items' events in reporting-service's figures of ST-SKHCN").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> figures(integration, "ST-SKHCN")
                        .body("figures.feedbackReceived", equalTo(received))
                        .body("figures.feedbackAnswered", equalTo(2))
                        .body("figures.feedbackAnsweredOnTime", equalTo(1))
                        .body("figures.feedbackAnsweredLate", equalTo(1)));
        // Counted for the handling division, on the day the answer was sent.
        given().auth().oauth2(integration).queryParam("unitCode", "ST-SKHCN-QLCN").queryParam("from", answeredOn)
                .queryParam("to", answeredOn).get(reporting + "/aggregates/figures").then().statusCode(200)
                .body("figures.feedbackAnswered", equalTo(1))
                .body("figures.feedbackAnsweredOnTime", equalTo(0))
                .body("figures.feedbackAnsweredLate", equalTo(1));

        // The demo units are the demo realm's: the division's officer sees the two items it handles, the office's planner all.
        given().auth().oauth2(tokens.password("canbo.qlkh", "demo")).get(feedback + "/items").then().statusCode(200)
                .body("total", equalTo(2)).body("items.handlingUnitCode", everyItem(equalTo("ST-SKHCN-QLKH")))
                .body("items.status", hasItem("PUBLISHED"));
        given().auth().oauth2(tokens.password("vanphong.skhcn", "demo")).get(feedback + "/items").then().statusCode(200)
                .body("total", equalTo(received));
    }

    @Test
    @Order(4)
    void feedbackReceivedAndAnsweredNowCountsInReportingOnTime() {
        ensureTheE2eDepartment();
        // The provincial office's staff (planner and leader at ST-UBND) take the items through every step.
        String office = tokens.password("vanphong.ubnd", "demo");
        String integration = integration();
        awaitUnitInFeedback(integration, OFFICE);
        awaitUnitInFeedback(integration, DIVISION);

        // A letter received on Monday 6 January 2025 and entered only now, and one received today: both answered now,
        // within the answer's working days counted from the assignment.
        String old = receive(office, "Thư gửi từ tháng 1 năm 2025", ",\"receivedOn\":\"2025-01-06\"");
        answer(office, old);
        given().auth().oauth2(office).get(feedback + "/items/{id}", old).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("receivedOn", equalTo("2025-01-06"))
                .body("handlingUnitCode", equalTo(DIVISION)).body("answeredOnTime", equalTo(true));
        String today = receive(office, "Phản ánh trả lời trong ngày", "");
        answer(office, today);
        given().auth().oauth2(office).get(feedback + "/items/{id}", today).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answeredOnTime", equalTo(true));

        // Received counts for the receiving office, answered for the handling division, both roll up to the department.
        await("feedback received and answered in reporting-service's figures of " + DEPARTMENT)
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> figures(integration, DEPARTMENT)
                        .body("figures.feedbackReceived", equalTo(2))
                        .body("figures.feedbackAnswered", equalTo(2))
                        .body("figures.feedbackAnsweredOnTime", equalTo(2))
                        .body("figures.feedbackAnsweredLate", equalTo(0)));
        figures(integration, OFFICE).body("figures.feedbackReceived", equalTo(2)).body("figures.feedbackAnswered", equalTo(0));
        figures(integration, DIVISION).body("figures.feedbackReceived", equalTo(0))
                .body("figures.feedbackAnsweredOnTime", equalTo(2)).body("figures.feedbackAnsweredLate", equalTo(0));
        // The old letter counts on the day it was received.
        given().auth().oauth2(integration).queryParam("unitCode", DEPARTMENT).queryParam("from", "2025-01-06")
                .queryParam("to", "2025-01-06").get(reporting + "/aggregates/figures").then().statusCode(200)
                .body("figures.feedbackReceived", equalTo(1)).body("figures.feedbackAnswered", equalTo(0));
    }

    @Test
    @Order(5)
    void aSubmittedReportMarksTheLinkedTasksOccurrenceDoneInPlanService() {
        String planner = tokens.password("vanphong.skhcn", "demo");
        String officer = tokens.password("canbo.qlkh", "demo");
        String integration = integration();

        String planId = given().auth().oauth2(planner).contentType(ContentType.JSON)
                .body("{\"title\":\"Kế hoạch báo cáo định kỳ năm 2025 (E2E)\",\"issuingUnitCode\":\"ST-SKHCN\","
                        + "\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\"}")
                .post(plan + "/plans").then().statusCode(201).extract().path("id");
        String taskId = given().auth().oauth2(planner).contentType(ContentType.JSON)
                .body("{\"label\":\"2\",\"content\":\"Báo cáo kết quả kiểm soát TTHC\",\"leadUnitCode\":\"ST-SKHCN-QLKH\","
                        + "\"timeText\":\"Định kỳ hàng quý (trước ngày 19 của tháng cuối quý)\"}")
                .post(plan + "/plans/{id}/tasks", planId).then().statusCode(201).extract().path("id");
        given().auth().oauth2(planner).contentType(ContentType.JSON).body("{\"regimeCode\":\"tthc-control\"}")
                .put(plan + "/tasks/{id}/regime", taskId).then().statusCode(200).body("regimeCode", equalTo("tthc-control"));
        given().auth().oauth2(planner).get(plan + "/tasks/{id}", taskId).then().statusCode(200)
                .body("occurrences", hasSize(4)).body("occurrences[0].status", not(equalTo("DONE")));

        String submissionId = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"regimeCode\":\"tthc-control\",\"periodKey\":\"2025-Q1\",\"unitCode\":\"ST-SKHCN-QLKH\"}")
                .post(reporting + "/submissions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                        {"forms":{"tong-hop-kiem-soat-tthc":{"values":{
                          "proceduresReviewed":12,"proceduresSimplificationProposed":3,
                          "feedbackReceived":0,"feedbackHandled":0,"feedbackHandledOnTime":0,"feedbackHandledLate":0,
                          "tasksCompleted":1,"tasksCompletedOnTime":1,"tasksCompletedLate":0,
                          "results":"Rà soát 12 thủ tục hành chính, đề xuất đơn giản hóa 3 thủ tục.",
                          "shortcomings":"Không có.","nextSteps":"Tiếp tục rà soát trong quý II."}}}}""")
                .put(reporting + "/submissions/{id}/content", submissionId).then().statusCode(200);
        // Quarter I of 2025 was due long ago: the report is late.
        given().auth().oauth2(officer).post(reporting + "/submissions/{id}/submit", submissionId).then().statusCode(200)
                .body("late", equalTo(true));

        await("the first quarter's occurrence done in plan-service").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().auth().oauth2(planner).get(plan + "/tasks/{id}", taskId).then().statusCode(200)
                        .body("occurrences[0].status", equalTo("DONE"))
                        .body("occurrences[0].onTime", equalTo(false))
                        .body("occurrences[0].completedOn", notNullValue()));
        given().auth().oauth2(planner).get(plan + "/tasks/{id}", taskId).then()
                .body("occurrences[1].status", not(equalTo("DONE")));
        given().auth().oauth2(planner).get(plan + "/tasks/{id}/progress", taskId).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].evidence.link", equalTo("/submissions/" + submissionId))
                .body("[0].reportingPeriod", equalTo("2025-Q1"));

        // And back: the occurrence's completion, late, counts in reporting-service on the day it was done.
        String completedOn = given().auth().oauth2(planner).get(plan + "/tasks/{id}", taskId).then()
                .extract().path("occurrences[0].completedOn");
        await("the report-driven completion in reporting-service").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> completionsOn(integration, completedOn)
                        .body("completed", equalTo(1)).body("onTime", equalTo(0)).body("late", equalTo(1)));
    }

    @Test
    @Order(6)
    void aCalendarOverrideInFeedbackMovesReportingsDeadlines() {
        String administrator = administrator();
        String integration = integration();
        // 2032-M01 closes on Wednesday 14 January; divisions have 3 working days (tthc-reform-monthly).
        given().auth().oauth2(integration).get(reporting + "/regimes/tthc-reform-monthly/periods/2032-M01").then()
                .statusCode(200).body("lastAllowedDay", equalTo("2032-01-19"));

        String etag = given().auth().oauth2(administrator).get(feedback + "/calendar/years/2032").then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(administrator).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"addedDaysOff\":[\"2032-01-15\",\"2032-01-16\"],\"note\":\"Nghỉ bù (E2E)\"}")
                .put(feedback + "/calendar/years/2032/overrides").then().statusCode(200);

        // Thursday 15 and Friday 16 are days off now: the three working days end on Wednesday 21.
        await("the override in reporting-service's deadlines").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().auth().oauth2(integration)
                        .get(reporting + "/regimes/tthc-reform-monthly/periods/2032-M01").then()
                        .statusCode(200).body("lastAllowedDay", equalTo("2032-01-21")));
        given().auth().oauth2(integration).get(reporting + "/calendar/years/2032").then().statusCode(200)
                .body("nonWorkingDays", hasItems("2032-01-15", "2032-01-16"));
    }

    @Test
    @Order(7)
    void aSecondStackIsRefusedTheStackStopsCleanlyAndTheDataSurvivesARestart() throws Exception {
        assertThat(completedTaskId).as("the task completed by the plan -> reporting flow").isNotNull();
        Process second = launch("port-taken");
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(2);
        assertThat(output("port-taken")).contains("Port " + postgresPort + " (PostgreSQL) is already in use")
                .contains("TTHC_POSTGRES_PORT=<port>");

        List<ProcessHandle> children = stack.descendants().toList();
        assertThat(children).hasSizeGreaterThanOrEqualTo(4);
        stack.destroy();
        assertThat(stack.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(output("first")).contains("Stopped.");
        for (int port : new int[]{postgresPort, kafkaPort, planPort, reportingPort, feedbackPort, keycloakPort,
                planManagementPort, reportingManagementPort, feedbackManagementPort, consolePort, consoleManagementPort}) {
            assertThat(Ports.isFree(port)).as("port %d released", port).isTrue();
        }
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();

        Process again = launch("again");
        awaitUp(again, "again");
        // Keycloak kept its realm and users in PostgreSQL: the same demo users sign in again.
        given().auth().oauth2(tokens.password("canbo.qlkh", "demo")).get(plan + "/tasks/{id}", completedTaskId)
                .then().statusCode(200).body("status", equalTo("DONE"));
        completionsOn(integration(), "2025-03-20").body("completed", equalTo(1)).body("onTime", equalTo(1));
        figures(integration(), DEPARTMENT).body("figures.feedbackAnswered", equalTo(2));
        figures(integration(), "ST-SKHCN").body("figures.feedbackAnsweredLate", equalTo(1));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private String administrator() {
        return tokens.password("admin.tinh", "demo");
    }

    private String integration() {
        return tokens.clientCredentials("integration", "integration-local-secret");
    }

    /** The department ST-E2E with its office and a division, created in plan-service (PUT is idempotent). */
    private void ensureTheE2eDepartment() {
        putUnit(DEPARTMENT, "Sở Thử nghiệm liên thông", "DEPARTMENT", "ST-UBND");
        if (given().auth().oauth2(administrator()).get(plan + "/units/{code}", OFFICE).statusCode() == 404) {
            putUnit(OFFICE, "Văn phòng Sở Thử nghiệm", "DIVISION", DEPARTMENT);
        }
        putUnit(DIVISION, "Phòng Thử nghiệm liên thông", "DIVISION", DEPARTMENT);
    }

    private void putUnit(String code, String name, String kind, String parent) {
        given().auth().oauth2(administrator()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"parentCode\":\"" + parent + "\"}")
                .put(plan + "/units/{code}", code).then().statusCode(200).body("code", equalTo(code));
    }

    private void awaitUnitInFeedback(String token, String code) {
        await("unit " + code + " in feedback-service's replica").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().auth().oauth2(token).get(feedback + "/units/{code}", code).then().statusCode(200));
    }

    /** Staff intake at the E2E department's office; {@code extra} adds JSON fields. Returns the item's id. */
    private String receive(String token, String title, String extra) {
        return staff(token).body("""
                        {"sender":{"kind":"INDIVIDUAL","name":"Nguyễn Văn An","address":"12 Trần Hưng Đạo, Phường 1, TP Sóc Trăng",
                         "phone":"0912 345 678"},"title":"%s","content":"Hồ sơ nộp đã lâu nhưng chưa có kết quả: %s.",
                         "field":"Hoạt động khoa học và công nghệ","channel":"WRITTEN","publicationConsent":false,
                         "receivingUnitCode":"%s"%s}""".formatted(title, title, OFFICE, extra))
                .post(feedback + "/items").then().statusCode(201).body("status", equalTo("RECEIVED")).extract().path("itemId");
    }

    /** Classifies the item to the E2E division, handles it, drafts, approves and sends the answer. */
    private void answer(String token, String id) {
        staff(token).body("{\"classification\":\"WITHIN_COMPETENCE\",\"handlingUnitCode\":\"" + DIVISION + "\"}")
                .post(feedback + "/items/{id}/classification", id).then().statusCode(200).body("status", equalTo("ASSIGNED"));
        staff(token).post(feedback + "/items/{id}/start", id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        staff(token).body("{\"answer\":\"Sở đã giải quyết hồ sơ và trả kết quả cho ông.\"}")
                .post(feedback + "/items/{id}/answer-draft", id).then().statusCode(200).body("status", equalTo("ANSWER_DRAFTED"));
        staff(token).post(feedback + "/items/{id}/answer-approval", id).then().statusCode(200).body("status", equalTo("ANSWER_APPROVED"));
        staff(token).post(feedback + "/items/{id}/answer-sending", id).then().statusCode(200).body("status", equalTo("ANSWERED"));
    }

    private static RequestSpecification staff(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private io.restassured.response.ValidatableResponse figures(String token, String unitCode) {
        return given().auth().oauth2(token).queryParam("unitCode", unitCode).get(reporting + "/aggregates/figures")
                .then().statusCode(200);
    }

    /** ST-SKHCN-QLKH's task completions on one day. */
    private io.restassured.response.ValidatableResponse completionsOn(String token, String day) {
        return given().auth().oauth2(token).queryParam("unitCode", "ST-SKHCN-QLKH").queryParam("from", day).queryParam("to", day)
                .get(reporting + "/aggregates/task-completions").then().statusCode(200);
    }

    /** How many ERROR lines the service has logged so far. */
    private long errorLines(String service) throws IOException {
        Path log = data.resolve("logs").resolve(service + ".log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.matches(".*\\sERROR\\s+\\[.*")).count() : 0;
    }

    /** A well-formed token naming the realm as issuer and the audience, signed by a key the realm never had. */
    private static String forgedToken(String issuer, String audience) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
        String payload = url.encodeToString(("{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"forger\","
                + "\"azp\":\"tthc-staff\",\"realm_access\":{\"roles\":[\"administrator\"]},\"iat\":" + now + ",\"exp\":" + (now + 300) + "}")
                .getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(pair.getPrivate());
        signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + url.encodeToString(signature.sign());
    }

    private Process launch(String name) throws IOException {
        List<String> command = List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-DTTHC_ROOT=" + System.getProperty("tthc.root"),
                "-DTTHC_DATA_DIR=" + data,
                "-DTTHC_POSTGRES_PORT=" + postgresPort,
                "-DTTHC_KAFKA_PORT=" + kafkaPort,
                "-DTTHC_KAFKA_CONTROLLER_PORT=" + controllerPort,
                "-DPLAN_PORT=" + planPort,
                "-DREPORTING_PORT=" + reportingPort,
                "-DFEEDBACK_PORT=" + feedbackPort,
                "-DPLAN_MANAGEMENT_PORT=" + planManagementPort,
                "-DREPORTING_MANAGEMENT_PORT=" + reportingManagementPort,
                "-DFEEDBACK_MANAGEMENT_PORT=" + feedbackManagementPort,
                "-DTTHC_KEYCLOAK_PORT=" + keycloakPort,
                "-DCONSOLE_PORT=" + consolePort,
                "-DCONSOLE_MANAGEMENT_PORT=" + consoleManagementPort,
                LocalStackLauncher.class.getName());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(outputFile(name).toFile())
                .start();
        launched.add(process);
        return process;
    }

    private void awaitUp(Process process, String name) {
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("the stack stopped while starting:\n" + output(name));
            }
            return output(name).contains("All services are up");
        });
    }

    private Path outputFile(String name) {
        return data.getParent().resolve(data.getFileName() + "-" + name + ".out");
    }

    private String output(String name) throws IOException {
        Path file = outputFile(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
