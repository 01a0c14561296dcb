package vn.tthc.local.contract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract validator catches what it is there to catch, on a small fixture document with planted defects: an
 * undocumented status, a body that does not match, an undeclared header, a request the document would refuse.
 */
class OpenApiContractTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"fixture","version":"1"},
             "paths":{
              "/plans":{"post":{"operationId":"createPlan",
                "parameters":[{"name":"year","in":"query","schema":{"type":["integer","null"],"maximum":2100}}],
                "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/PlanBody"}}}},
                "responses":{"201":{"description":"tạo","headers":{"Location":{"$ref":"#/components/headers/Location"}},
                                    "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Plan"}}}},
                             "400":{"$ref":"#/components/responses/BadRequest"}}}},
              "/plans/{id}":{"get":{"operationId":"getPlan",
                "responses":{"200":{"description":"xem","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Plan"}}}},
                             "404":{"$ref":"#/components/responses/BadRequest"}}}},
              "/plans/due":{"get":{"operationId":"listDuePlans",
                "responses":{"200":{"description":"đến hạn","content":{"application/json":{"schema":{"type":"array","items":{"$ref":"#/components/schemas/Plan"}}}}}}}}},
             "components":{
              "schemas":{
               "PlanBody":{"type":"object","required":["title"],"properties":{"title":{"type":"string","minLength":1}}},
               "Plan":{"type":"object","required":["id","title"],"properties":{"id":{"type":"string","format":"uuid"},
                       "title":{"type":"string"},"number":{"type":["string","null"]}}},
               "Problem":{"type":"object","required":["type","title","status"],"properties":{"type":{"type":"string"},
                          "title":{"type":"string"},"status":{"type":"integer"}}}},
              "headers":{"Location":{"required":true,"schema":{"type":"string"}}},
              "responses":{"BadRequest":{"description":"lỗi","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}
            """;
    private static final String PLAN = "{\"id\":\"0b6d7a4e-2f0c-4a55-9a43-3f1f2a8e6c10\",\"title\":\"Kế hoạch\",\"number\":null}";
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Không tìm thấy\",\"status\":404}";

    private final OpenApiContract contract = OpenApiContract.of(DOCUMENT);

    private static OpenApiContract.Exchange get(String path, int status, String contentType, String body) {
        return new OpenApiContract.Exchange("GET", path, Map.of(), null, null, status,
                contentType == null ? Map.of() : Map.of("content-type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    private static OpenApiContract.Exchange post(String query, String requestBody, int status, Map<String, String> headers,
                                                 String body) {
        return new OpenApiContract.Exchange("POST", "/plans", OpenApiContract.query(query), "application/json; charset=UTF-8",
                requestBody, status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentedExchangePasses() {
        assertThat(contract.violations(get("/plans/0b6d7a4e-2f0c-4a55-9a43-3f1f2a8e6c10", 200, "application/json", PLAN))).isEmpty();
        assertThat(contract.violations(get("/plans/x", 404, "application/problem+json", PROBLEM))).isEmpty();
        assertThat(contract.violations(post("year=2025", "{\"title\":\"Kế hoạch\"}", 201,
                Map.of("content-type", "application/json", "location", "/plans/0b6d7a4e-2f0c-4a55-9a43-3f1f2a8e6c10"), PLAN))).isEmpty();
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThat(contract.violations(get("/plans/x", 409, "application/problem+json", PROBLEM)))
                .singleElement().asString().contains("status 409 is not documented");
    }

    @Test
    void aBodyThatDoesNotMatchItsSchemaFails() {
        assertThat(contract.violations(get("/plans/x", 200, "application/json", "{\"id\":\"not-a-uuid\",\"number\":7}")))
                .anySatisfy(v -> assertThat(v).contains("getPlan").contains("title"))
                .anySatisfy(v -> assertThat(v).contains("uuid"))
                .anySatisfy(v -> assertThat(v).contains("number"));
        assertThat(contract.violations(get("/plans/x", 404, "application/problem+json", "{\"title\":\"x\"}")))
                .anySatisfy(v -> assertThat(v).contains("status"));
    }

    @Test
    void anAnswerOfAnotherMediaTypeOrWithoutItsBodyFails() {
        assertThat(contract.violations(get("/plans/x", 404, "application/json", PROBLEM)))
                .singleElement().asString().contains("answered application/json");
        assertThat(contract.violations(get("/plans/x", 200, "application/json", "")))
                .singleElement().asString().contains("answered none");
    }

    @Test
    void anUndeclaredHeaderOrAMissingRequiredOneFails() {
        assertThat(contract.violations(new OpenApiContract.Exchange("GET", "/plans/x", Map.of(), null, null, 200,
                Map.of("content-type", "application/json", "etag", "\"3\""), PLAN.getBytes(StandardCharsets.UTF_8))))
                .singleElement().asString().contains("etag");
        assertThat(contract.violations(post(null, "{\"title\":\"Kế hoạch\"}", 201, Map.of("content-type", "application/json"), PLAN)))
                .singleElement().asString().contains("Location");
    }

    @Test
    void anAcceptedRequestTheDocumentRefusesFails() {
        Map<String, String> created = Map.of("content-type", "application/json", "location", "/plans/1");
        assertThat(contract.violations(post(null, "{\"title\":\"\"}", 201, created, PLAN)))
                .singleElement().asString().contains("request body");
        assertThat(contract.violations(post("year=2300", "{\"title\":\"x\"}", 201, created, PLAN)))
                .singleElement().asString().contains("query year");
        assertThat(contract.violations(post("colour=red", "{\"title\":\"x\"}", 201, created, PLAN)))
                .singleElement().asString().contains("colour");
        // A refused request is not held against the document: the test asked for the refusal.
        assertThat(contract.violations(post(null, "{\"title\":\"\"}", 400, Map.of("content-type", "application/problem+json"),
                "{\"type\":\"about:blank\",\"title\":\"Yêu cầu không hợp lệ\",\"status\":400}"))).isEmpty();
    }

    @Test
    void literalSegmentsWinOverParameters() {
        assertThat(contract.route("GET", "/plans/due").operationId()).isEqualTo("listDuePlans");
        assertThat(contract.route("GET", "/plans/42").operationId()).isEqualTo("getPlan");
        assertThat(contract.route("DELETE", "/plans/42")).isNull();
        assertThat(contract.violations(get("/nowhere", 404, "text/html", "<html/>")))
                .singleElement().asString().contains("not application/problem+json");
        assertThat(contract.violations(get("/nowhere", 404, "application/problem+json", PROBLEM))).isEmpty();
    }
}
