package vn.tthc.local.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.tthc.local.security.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A bounded, seeded property-based run over every operation of the running service's own OpenAPI document: path,
 * query and header parameters and bodies generated from their schemas (valid values, edge values, and hostile ones:
 * control characters, NUL, huge numbers, wrong types, missing and unknown fields), sent with the given tokens.
 * Every answer must be below 500, every 4xx an {@code application/problem+json} problem, and every exchange must
 * keep the document ({@link OpenApiContract}). The same seed gives the same requests.
 */
public final class Fuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
    /** Hostile strings every text may get: control characters, NUL, markup, paths, escapes, very long text. */
    private static final List<String> HOSTILE = List.of("\u0000", "a\u0000b", "\u0007\u001b[31m", "line\nbreak", "\r\n",
            "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "%2e%2e%2f", "\\", "\"", "{}", "[]",
            "null", "😀🇻🇳", "\ud800", "Đăng ký kinh doanh", "ĐĂNG KÝ", " ", "", "x".repeat(5000), "-1", "1e309",
            "2147483648", "9999-12-31", "0000-00-00", "a/b", "a;b=c", "*");

    private final OpenApiContract contract;
    private final Random random;
    private final List<String> tokens;
    private final Map<String, List<String>> pool = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int requests;

    private Fuzzer(OpenApiContract contract, long seed, List<String> tokens) {
        this.contract = contract;
        this.random = new Random(seed);
        this.tokens = tokens;
    }

    /** What a run did: how many requests, the statuses per operation, and every failure. */
    public record Report(long seed, int requests, Map<String, Integer> statuses, List<String> failures, Duration took) {

        @Override
        public String toString() {
            return "fuzz seed " + seed + ": " + requests + " requests in " + took.toMillis() + " ms, " + failures.size()
                    + " failures; statuses " + statuses;
        }
    }

    /**
     * Runs {@code perOperation} requests for each operation of the document (fewer when {@code budget} runs out),
     * each with one of {@code tokens} (a null token sends none).
     */
    public static Report run(long seed, int perOperation, Duration budget, List<String> tokens) {
        Fuzzer fuzzer = new Fuzzer(ContractValidation.contract(), seed, tokens);
        long start = System.nanoTime();
        fuzzer.harvest();
        List<OpenApiContract.Route> routes = fuzzer.contract.routes();
        outer:
        for (int round = 0; round < perOperation; round++) {
            for (OpenApiContract.Route route : routes) {
                if (System.nanoTime() - start > budget.toNanos()) {
                    break outer;
                }
                fuzzer.call(route, round);
            }
            // What the round created (the examples of round 0 are valid requests) feeds the next rounds' paths.
            fuzzer.harvest();
        }
        return new Report(seed, fuzzer.requests, fuzzer.statuses, List.copyOf(fuzzer.failures),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Values of ids and codes the service already knows, read from its list operations, so paths reach real objects. */
    private void harvest() {
        for (OpenApiContract.Route route : contract.routes()) {
            if (!route.method().equals("GET") || route.template().contains("{")) {
                continue;
            }
            boolean required = false;
            for (JsonNode parameter : route.operation().path("parameters")) {
                required |= resolve(parameter).path("required").asBoolean(false);
            }
            if (required) {
                continue;
            }
            Response response = request(tokens.get(0)).get(route.template());
            if (response.getStatusCode() == 200 && String.valueOf(response.getContentType()).contains("json")) {
                try {
                    collect(JSON.readTree(response.asByteArray()), 0);
                } catch (java.io.IOException ignored) {
                    // not JSON after all: nothing to harvest
                }
            }
        }
    }

    private void collect(JsonNode node, int depth) {
        if (depth > 6) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual() && field.getValue().asText().length() < 100) {
                    List<String> values = pool.computeIfAbsent(field.getKey(), k -> new ArrayList<>());
                    if (values.size() < 20 && !values.contains(field.getValue().asText())) {
                        values.add(field.getValue().asText());
                    }
                } else {
                    collect(field.getValue(), depth + 1);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, depth + 1));
        }
    }

    private void call(OpenApiContract.Route route, int round) {
        JsonNode operation = route.operation();
        String path = route.template();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode reference : operation.path("parameters")) {
            JsonNode parameter = resolve(reference);
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            boolean required = parameter.path("required").asBoolean(false) || in.equals("path");
            if (!required && random.nextInt(3) == 0) {
                continue;
            }
            String value = parameterValue(name, parameter.path("schema"));
            switch (in) {
                case "path" -> path = path.replace("{" + name + "}", encode(value.isEmpty() ? "x" : value));
                case "query" -> query.put(name, value);
                case "header" -> {
                    String clean = value.replaceAll("[^\\x20-\\x7e]", "");
                    if (!clean.isEmpty() || required) {
                        headers.put(name, clean);
                    }
                }
                default -> {
                }
            }
        }
        String token = tokens.get(random.nextInt(tokens.size()));
        RequestSpecification request = request(token).urlEncodingEnabled(false);
        headers.forEach(request::header);
        StringBuilder uri = new StringBuilder(path);
        if (!query.isEmpty()) {
            uri.append('?');
            query.forEach((name, value) -> uri.append(encode(name)).append('=').append(encode(value)).append('&'));
            uri.setLength(uri.length() - 1);
        }
        String bodyText = null;
        String contentType = null;
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        if (BODY_METHODS.contains(route.method()) && content.size() > 0) {
            Iterator<String> types = content.fieldNames();
            contentType = types.next();
            JsonNode schema = content.path(contentType).path("schema");
            if (contentType.contains("json")) {
                JsonNode example = firstExample(content.path(contentType));
                JsonNode body = example != null && round % 4 == 0 ? example
                        : example != null && round % 4 == 1 ? mutate(example.deepCopy(), schema)
                        : generate(schema, 0);
                bodyText = body == null ? "" : body.toString();
                if (random.nextInt(20) == 0 && bodyText.length() > 2) {
                    bodyText = bodyText.substring(0, bodyText.length() / 2);
                }
            } else if (contentType.startsWith("text/")) {
                bodyText = randomText(schema);
            } else {
                bodyText = "PK\u0003\u0004" + randomText(schema);
            }
            request.contentType(contentType + (contentType.startsWith("text/") || contentType.contains("json") ? "; charset=UTF-8" : ""))
                    .body(bodyText.getBytes(StandardCharsets.UTF_8));
        }
        String target = route.method() + " " + uri;
        Response response;
        try {
            response = request.request(route.method(), uri.toString());
        } catch (RuntimeException e) {
            failures.add(target + ": the request failed: " + e);
            return;
        }
        requests++;
        int status = response.getStatusCode();
        statuses.merge(route.operationId() + " " + status, 1, Integer::sum);
        String shown = target.length() > 300 ? target.substring(0, 300) + "…" : target;
        String sentBody = bodyText == null ? "" : " body " + (bodyText.length() > 300 ? bodyText.substring(0, 300) + "…" : bodyText);
        if (status >= 500) {
            failures.add(shown + sentBody + " → " + status + " " + response.asString());
            return;
        }
        if (status >= 400) {
            String type = OpenApiContract.baseType(response.getContentType());
            if (!"application/problem+json".equals(type)) {
                failures.add(shown + sentBody + " → " + status + " answered " + type + ", not a problem");
                return;
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(response.asByteArray());
            } catch (java.io.IOException e) {
                failures.add(shown + sentBody + " → " + status + " problem is not JSON");
                return;
            }
            if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
                failures.add(shown + sentBody + " → " + status + " problem without its status or title: " + problem);
                return;
            }
        }
        Map<String, String> responseHeaders = new TreeMap<>();
        response.getHeaders().forEach(h -> responseHeaders.put(h.getName().toLowerCase(Locale.ROOT), h.getValue()));
        String rawPath = uri.indexOf("?") < 0 ? uri.toString() : uri.substring(0, uri.indexOf("?"));
        String rawQuery = uri.indexOf("?") < 0 ? null : uri.substring(uri.indexOf("?") + 1);
        List<String> violations = contract.violations(new OpenApiContract.Exchange(route.method(), rawPath,
                OpenApiContract.query(rawQuery), contentType, contentType != null && contentType.contains("json") ? bodyText : null,
                status, responseHeaders, response.asByteArray()));
        violations.forEach(v -> failures.add(shown + sentBody + ": " + v));
    }

    private RequestSpecification request(String token) {
        RequestSpecification request = RestAssured.given().header(ContractValidation.OFF, "true");
        return token == null ? request.header(Tokens.anonymous()) : request.header("Authorization", "Bearer " + token);
    }

    private String parameterValue(String name, JsonNode schema) {
        List<String> known = pool.get(name);
        if (known == null && (name.equals("id") || name.endsWith("Id"))) {
            known = pool.get("id");
        }
        if (known == null && name.equals("periodKey")) {
            known = pool.get("key");
        }
        if (known != null && !known.isEmpty() && random.nextInt(3) > 0) {
            return known.get(random.nextInt(known.size()));
        }
        JsonNode value = generate(schema, 0);
        String text = value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString();
        // Below the web layer's URI and header limits (414 and 431 are the platform's, tested there).
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** A value for the schema: mostly valid, sometimes at or past its bounds, sometimes of another type. */
    JsonNode generate(JsonNode reference, int depth) {
        JsonNode schema = resolve(reference);
        if (depth > 5) {
            return NODES.nullNode();
        }
        if (random.nextInt(25) == 0) {
            return wrongType();
        }
        if (schema.has("anyOf") || schema.has("oneOf")) {
            JsonNode options = schema.has("anyOf") ? schema.path("anyOf") : schema.path("oneOf");
            return generate(options.get(random.nextInt(options.size())), depth);
        }
        if (schema.has("enum") && random.nextInt(8) > 0) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size()));
        }
        List<String> types = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        if (types.isEmpty()) {
            types.add(schema.has("properties") ? "object" : "string");
        }
        String chosen = types.get(random.nextInt(types.size()));
        return switch (chosen) {
            case "null" -> NODES.nullNode();
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> random.nextInt(5) == 0 ? NODES.numberNode(new java.math.BigDecimal("1e400"))
                    : NODES.numberNode(random.nextInt(10) == 0 ? -random.nextDouble() * 1e12 : random.nextInt(1000) / 10.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(schema));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            boolean include = required.contains(property.getKey()) ? random.nextInt(15) > 0 : random.nextBoolean();
            if (include) {
                object.set(property.getKey(), generate(property.getValue(), depth + 1));
            }
        });
        if (random.nextInt(15) == 0) {
            object.put("unknownField", "?");
        }
        return object;
    }

    private JsonNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int max = schema.path("maxItems").asInt(4);
        int count = random.nextInt(10) == 0 ? max + 1 : random.nextInt(Math.min(max, 4) + 1);
        for (int i = 0; i < count && i < 60; i++) {
            array.add(generate(schema.path("items"), depth + 1));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(Long.MIN_VALUE);
        long max = schema.path("maximum").asLong(Long.MAX_VALUE);
        return switch (random.nextInt(8)) {
            case 0 -> min == Long.MIN_VALUE ? Integer.MIN_VALUE : min - 1;
            case 1 -> max == Long.MAX_VALUE ? Integer.MAX_VALUE : max + 1;
            case 2 -> Long.MAX_VALUE;
            case 3 -> 0;
            case 4 -> min == Long.MIN_VALUE ? -1 : min;
            default -> {
                long low = Math.max(min, -1000);
                long high = Math.min(max, 3000);
                yield high <= low ? low : low + random.nextInt((int) Math.min(high - low + 1, Integer.MAX_VALUE));
            }
        };
    }

    private String string(JsonNode schema) {
        if (random.nextInt(6) == 0) {
            return HOSTILE.get(random.nextInt(HOSTILE.size()));
        }
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid":
                return random.nextInt(10) == 0 ? "not-a-uuid" : new UUID(random.nextLong(), random.nextLong()).toString();
            case "date":
                return random.nextInt(10) == 0 ? "2025-02-30"
                        : LocalDate.of(1900 + random.nextInt(400), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
            case "date-time":
                return "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T0" + random.nextInt(10) + ":00:00Z";
            default:
                break;
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && examples.size() > 0 && random.nextBoolean()) {
            JsonNode example = examples.get(random.nextInt(examples.size()));
            if (example.isTextual()) {
                return example.asText();
            }
        }
        return randomText(schema);
    }

    private String randomText(JsonNode schema) {
        int max = schema.path("maxLength").asInt(40);
        int length = random.nextInt(12) == 0 ? max + 1 : random.nextInt(Math.max(1, Math.min(max, 40)) + 1);
        String alphabet = "abcdefghijklmnopqrstuvwxyzĐđăâêôơưáàảãạ0123456789 -_./";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.textNode("?");
            case 1 -> NODES.numberNode(Long.MAX_VALUE);
            case 2 -> NODES.arrayNode();
            case 3 -> NODES.objectNode();
            default -> NODES.booleanNode(true);
        };
    }

    /** The example with one property changed, removed or set to a hostile value. */
    private JsonNode mutate(JsonNode example, JsonNode schema) {
        if (!(example instanceof ObjectNode object) || object.size() == 0) {
            return example;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(4)) {
            case 0 -> object.remove(name);
            case 1 -> object.set(name, wrongType());
            case 2 -> object.put(name, HOSTILE.get(random.nextInt(HOSTILE.size())));
            default -> object.set(name, generate(resolve(schema).path("properties").path(name), 1));
        }
        return object;
    }

    private static JsonNode firstExample(JsonNode mediaType) {
        if (mediaType.has("example")) {
            return mediaType.path("example");
        }
        Iterator<JsonNode> examples = mediaType.path("examples").elements();
        return examples.hasNext() ? examples.next().path("value") : null;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved != null && resolved.has("$ref")) {
            resolved = contract.document().at(resolved.path("$ref").asText().substring(1));
        }
        return resolved == null ? NODES.missingNode() : resolved;
    }

    /** Percent-encodes everything but the unreserved characters (RFC 3986). */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
