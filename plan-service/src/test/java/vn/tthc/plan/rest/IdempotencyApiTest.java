package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tthc.local.contract.ServedDocument;
import vn.tthc.local.security.Tokens;
import vn.tthc.plan.support.Api;
import vn.tthc.plan.support.TestClock;
import vn.tthc.platform.idempotency.IdempotencyCleanup;
import vn.tthc.platform.web.WebConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every creating POST takes an Idempotency-Key (the platform's IdempotencyInterceptor): a retry answers the first
 * result and creates nothing; the same key with another body is a 422 problem; keys are the caller's own and the
 * operation's own; a refused request claims nothing; a key is forgotten after its retention.
 */
@QuarkusTest
class IdempotencyApiTest {

    private static final String PLAN = """
            {"title":"Kế hoạch rà soát thủ tục hành chính %s","periodStart":"2025-01-01","periodEnd":"2025-12-31"}""";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyCleanup cleanup;

    @Inject
    TestClock clock;

    @Inject
    WebConfig config;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void twoPostsOfAPlanWithOneKeyMakeOnePlanAndTheSecondAnswersTheFirstResult() {
        String key = UUID.randomUUID().toString();
        String body = PLAN.formatted(key);
        long before = plans();

        ExtractableResponse<Response> first = postPlan(Tokens.defaultToken(), key, body).statusCode(201).extract();
        ExtractableResponse<Response> second = postPlan(Tokens.defaultToken(), key, body).statusCode(201)
                .header("Idempotent-Replayed", "true").contentType(ContentType.JSON).extract();

        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"))
                .isEqualTo(base() + "/plans/" + first.path("id"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(plans()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422ProblemAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        postPlan(Tokens.defaultToken(), key, PLAN.formatted(key)).statusCode(201);
        long before = plans();

        postPlan(Tokens.defaultToken(), key, PLAN.formatted("một kế hoạch khác")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/idempotency-key-reused"))
                .body("title", equalTo("Không xử lý được yêu cầu"))
                .body("detail", startsWith("Idempotency-Key này đã được dùng cho một yêu cầu khác"));
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void aKeyIsTheCallersOwnAndTheOperationsOwn() {
        String key = UUID.randomUUID().toString();
        String body = PLAN.formatted(key);
        String mine = postPlan(Tokens.defaultToken(), key, body).statusCode(201).extract().path("id");
        String another = postPlan(Tokens.staff("planner-2", null, "administrator"), key, body).statusCode(201)
                .header("Idempotent-Replayed", (String) null).extract().path("id");
        assertThat(another).isNotEqualTo(mine);

        // The same key on another operation (a section of that plan) is another request altogether.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"label\":\"I\",\"title\":\"Chỉ đạo\"}")
                .post("/plans/{id}/sections", mine).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        // And the same operation on another plan is another request too (the key then names another body).
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"label\":\"I\",\"title\":\"Chỉ đạo\"}")
                .post("/plans/{id}/sections", another).then().statusCode(422);
    }

    @Test
    void aRefusedRequestClaimsNoKeyAndAMalformedKeyIsA400() {
        String key = UUID.randomUUID().toString();
        postPlan(Tokens.defaultToken(), key, "{\"title\":\"\"}").statusCode(400);
        given().header(Tokens.bearer(Tokens.client("integration", "integration"))).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(PLAN.formatted(key)).post("/plans").then().statusCode(403);
        postPlan(Tokens.defaultToken(), key, PLAN.formatted(key)).statusCode(201).header("Idempotent-Replayed", (String) null);

        postPlan(Tokens.defaultToken(), "khóa có dấu", PLAN.formatted(key)).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        postPlan(Tokens.defaultToken(), "k".repeat(201), PLAN.formatted(key)).statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void concurrentRetriesOfATaskWithOneKeyMakeOneTask() throws Exception {
        String plan = Api.plan("Kế hoạch thử đồng thời", "2025-01-01", "2025-12-31");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body("{\"label\":\"1\",\"content\":\"Rà soát thủ tục\",\"dueDate\":\"2025-06-30\"}")
                        .post("/plans/{id}/tasks", plan).then().statusCode(201).extract().<String>path("id")));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        given().get("/plans/{id}/tasks", plan).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aKeyIsForgottenAfterItsRetention() {
        clock.setDay(LocalDate.of(2025, 3, 3));
        String key = UUID.randomUUID().toString();
        String first = postPlan(Tokens.defaultToken(), key, PLAN.formatted(key)).statusCode(201).extract().path("id");
        clock.setDay(LocalDate.of(2025, 3, 4));
        assertThat(cleanup.deleteExpired()).isGreaterThanOrEqualTo(1);
        String second = postPlan(Tokens.defaultToken(), key, PLAN.formatted(key)).statusCode(201)
                .header("Idempotent-Replayed", (String) null).extract().path("id");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void anImportUploadTakesAKeyToo() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] document;
        try (var in = IdempotencyApiTest.class.getResourceAsStream("/seeds/soc-trang-dost-tthc-control-plan-2025.txt")) {
            document = in.readAllBytes();
        }
        String first = given().contentType("text/plain; charset=utf-8").header("Idempotency-Key", key)
                .queryParam("year", 2025).queryParam("fileName", "ke-hoach.txt").body(document)
                .post("/plans/imports").then().statusCode(201).extract().path("id");
        String again = given().contentType("text/plain; charset=utf-8").header("Idempotency-Key", key)
                .queryParam("year", 2025).queryParam("fileName", "ke-hoach.txt").body(document)
                .post("/plans/imports").then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        given().contentType("text/plain; charset=utf-8").header("Idempotency-Key", key)
                .queryParam("year", 2025).queryParam("fileName", "ke-hoach-khac.txt").body(document)
                .post("/plans/imports").then().statusCode(422);
    }

    @Test
    void theHeaderIsDocumentedOnEveryCreatingOperationAndListsCarryTheirBound() {
        ServedDocument document = ServedDocument.read();
        for (String path : List.of("/plans", "/plans/{id}/sections", "/plans/{id}/tasks", "/plans/imports",
                "/plans/imports/{id}/confirmation", "/tasks/{id}/progress")) {
            assertThat(document.parameters(path, "post")).as(path).anySatisfy(parameter -> {
                assertThat(parameter.get("name")).isEqualTo("Idempotency-Key");
                assertThat(parameter.get("in")).isEqualTo("header");
            });
        }
        Map<String, Map<String, Object>> plan = document.properties("PlanBody");
        assertThat(plan.get("legalBases").get("maxItems")).isEqualTo(100);
        assertThat(plan.get("targets").get("maxItems")).isEqualTo(200);
    }

    private static io.restassured.response.ValidatableResponse postPlan(String token, String key, String body) {
        return given().header(Tokens.bearer(token)).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/plans").then();
    }

    private long plans() {
        return ((Number) entityManager.createNativeQuery("select count(*) from plan").getSingleResult()).longValue();
    }

    private String base() {
        return config.publicBaseUrl();
    }
}
