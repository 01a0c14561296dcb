package vn.tthc.local.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service's own OpenAPI 3.1 document as the contract of its HTTP exchanges: {@link #violations(Exchange)} lists
 * what an exchange does that the document does not say: an operation or a status code it does not document, a
 * response body that does not match the documented schema (JSON Schema 2020-12, formats asserted), a media type
 * or a header it does not declare, and for a request the server accepted (2xx), a body or a query parameter the
 * document would refuse.
 */
public final class OpenApiContract {

    /** Response headers whose presence must be documented on the answer that sends them. */
    static final Set<String> WATCHED_HEADERS = Set.of("etag", "location", "retry-after", "idempotent-replayed");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;
    private final JsonNode components;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private OpenApiContract(JsonNode document) {
        this.document = document;
        this.components = document.path("components");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    routes.add(new Route(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), path.getKey().split("/", -1), op.getValue()));
                }
            }
        }
    }

    public static OpenApiContract of(String json) {
        try {
            return new OpenApiContract(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is not JSON", e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** One HTTP exchange as a test saw it. Header names are lower case; the path is raw (percent-encoded). */
    public record Exchange(String method, String rawPath, Map<String, List<String>> query, String requestContentType,
                           String requestBody, int status, Map<String, String> responseHeaders, byte[] responseBody) {
    }

    /** A documented operation matched by a request. */
    public record Route(String method, String template, String[] segments, JsonNode operation) {

        public String operationId() {
            return operation.path("operationId").asText(method + " " + template);
        }
    }

    /** The documented operation a request is for, or null (the longest literal match wins: /items/due before /items/{id}). */
    public Route route(String method, String rawPath) {
        String[] actual = rawPath.split("/", -1);
        Route best = null;
        int bestLiterals = -1;
        for (Route route : routes) {
            if (!route.method.equals(method) || route.segments.length != actual.length) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < actual.length && matches; i++) {
                String template = route.segments[i];
                if (template.startsWith("{") && template.endsWith("}")) {
                    matches = !actual[i].isEmpty();
                } else {
                    matches = template.equals(actual[i]);
                    literals++;
                }
            }
            if (matches && literals > bestLiterals) {
                best = route;
                bestLiterals = literals;
            }
        }
        return best;
    }

    /** Routes of the document, for walking every operation (the fuzz test). */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public List<String> violations(Exchange exchange) {
        List<String> violations = new ArrayList<>();
        Route route = route(exchange.method(), exchange.rawPath());
        String where = exchange.method() + " " + exchange.rawPath() + " → " + exchange.status();
        if (route == null) {
            // Not an operation of the document (an unknown path or a path spelled otherwise): an error answer must
            // still be a problem.
            if (exchange.status() >= 400) {
                checkProblem(where, exchange, violations);
            }
            return violations;
        }
        where = exchange.method() + " " + route.template() + " (" + route.operationId() + ") → " + exchange.status();
        JsonNode responses = route.operation().path("responses");
        JsonNode response = resolve(responses.path(String.valueOf(exchange.status())));
        if (response.isMissingNode()) {
            response = resolve(responses.path(exchange.status() / 100 + "XX"));
        }
        if (response.isMissingNode()) {
            violations.add(where + ": status " + exchange.status() + " is not documented (documented: "
                    + fieldNames(responses) + ")");
            return violations;
        }
        checkBody(where, exchange, response, violations);
        checkHeaders(where, exchange, response, violations);
        if (exchange.status() / 100 == 2) {
            checkRequest(where, route, exchange, violations);
        }
        return violations;
    }

    private void checkProblem(String where, Exchange exchange, List<String> violations) {
        String type = baseType(exchange.responseHeaders().get("content-type"));
        if (exchange.responseBody().length == 0) {
            return;
        }
        if (!"application/problem+json".equals(type)) {
            violations.add(where + ": an error answer of type " + type + ", not application/problem+json");
            return;
        }
        validate(where + " body", componentSchemaPointer("Problem"), exchange.responseBody(), violations);
    }

    private void checkBody(String where, Exchange exchange, JsonNode response, List<String> violations) {
        JsonNode content = response.path("content");
        boolean hasBody = exchange.responseBody().length > 0 && !"HEAD".equals(exchange.method());
        String type = baseType(exchange.responseHeaders().get("content-type"));
        if (!hasBody) {
            if (content.isObject() && content.size() > 0 && exchange.status() != 204 && !"HEAD".equals(exchange.method())) {
                boolean json = false;
                for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
                    json |= names.next().contains("json");
                }
                if (json) {
                    violations.add(where + ": documented with a body (" + fieldNames(content) + ") but answered none");
                }
            }
            return;
        }
        if (!content.isObject() || content.size() == 0) {
            violations.add(where + ": answered a body of type " + type + " where the document declares none");
            return;
        }
        String documented = null;
        for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equalsIgnoreCase(type) || name.equals("*/*")) {
                documented = name;
                break;
            }
        }
        if (documented == null) {
            violations.add(where + ": answered " + type + ", documented " + fieldNames(content));
            return;
        }
        if (type != null && (type.endsWith("/json") || type.endsWith("+json"))) {
            JsonNode schema = content.path(documented).path("schema");
            if (schema.isMissingNode() || schema.isEmpty()) {
                violations.add(where + ": the " + documented + " answer has no schema");
                return;
            }
            validate(where + " body", pointer(route(exchange.method(), exchange.rawPath()), exchange.status(), documented, schema),
                    exchange.responseBody(), violations);
        }
    }

    private void checkHeaders(String where, Exchange exchange, JsonNode response, List<String> violations) {
        JsonNode headers = response.path("headers");
        for (String watched : WATCHED_HEADERS) {
            if (exchange.responseHeaders().containsKey(watched) && !hasField(headers, watched)) {
                violations.add(where + ": sends the header " + watched + ", which the answer does not document");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (resolve(header.getValue()).path("required").asBoolean(false)
                    && !exchange.responseHeaders().containsKey(header.getKey().toLowerCase(Locale.ROOT))) {
                violations.add(where + ": the required header " + header.getKey() + " is missing");
            }
        }
    }

    /** Stands for a request body a test streamed (an InputStream): sent, but not readable here without consuming it. */
    public static final String UNREAD_BODY = "<streamed body, not read>";

    /** A request the server accepted must be one the document allows: its body, its query parameters. */
    private void checkRequest(String where, Route route, Exchange exchange, List<String> violations) {
        JsonNode requestBody = resolve(route.operation().path("requestBody"));
        String type = baseType(exchange.requestContentType());
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty() && !UNREAD_BODY.equals(exchange.requestBody())
                && type != null && (type.endsWith("/json") || type.endsWith("+json")) && !requestBody.isMissingNode()) {
            JsonNode content = requestBody.path("content");
            if (!content.has(type)) {
                violations.add(where + ": accepted a request body of type " + type + ", documented " + fieldNames(content));
            } else {
                JsonNode schema = content.path(type).path("schema");
                String pointer = "/paths/" + escape(route.template()) + "/" + route.method().toLowerCase(Locale.ROOT)
                        + (route.operation().path("requestBody").has("$ref")
                        ? "" : "/requestBody/content/" + escape(type) + "/schema");
                if (route.operation().path("requestBody").has("$ref")) {
                    pointer = route.operation().path("requestBody").path("$ref").asText().substring(1) + "/content/" + escape(type) + "/schema";
                }
                if (!schema.isMissingNode()) {
                    validate(where + " request body", pointer, exchange.requestBody().getBytes(StandardCharsets.UTF_8), violations);
                }
            }
        } else if (requestBody.path("required").asBoolean(false) && (exchange.requestBody() == null || exchange.requestBody().isEmpty())
                && !exchange.method().equals("GET")) {
            violations.add(where + ": accepted a request without the body the document requires");
        }
        JsonNode parameters = route.operation().path("parameters");
        for (Map.Entry<String, List<String>> query : exchange.query().entrySet()) {
            JsonNode parameter = parameter(parameters, "query", query.getKey());
            if (parameter == null) {
                violations.add(where + ": accepted the query parameter " + query.getKey() + ", which is not documented");
                continue;
            }
            for (String value : query.getValue()) {
                JsonNode schema = parameter.path("schema");
                validateValue(where + " query " + query.getKey(), schema, value, violations);
            }
        }
        for (JsonNode parameter : parameters) {
            JsonNode resolved = resolve(parameter);
            if (resolved.path("required").asBoolean(false) && "query".equals(resolved.path("in").asText())
                    && !exchange.query().containsKey(resolved.path("name").asText())) {
                violations.add(where + ": accepted a request without the required query parameter " + resolved.path("name").asText());
            }
        }
    }

    private JsonNode parameter(JsonNode parameters, String in, String name) {
        for (JsonNode parameter : parameters) {
            JsonNode resolved = resolve(parameter);
            if (in.equals(resolved.path("in").asText()) && name.equals(resolved.path("name").asText())) {
                return resolved;
            }
        }
        return null;
    }

    private void validateValue(String where, JsonNode schema, String value, List<String> violations) {
        JsonNode resolved = resolve(schema);
        String json;
        Set<String> types = types(resolved);
        if ((types.contains("integer") || types.contains("number")) && value.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            json = value;
        } else if (types.contains("boolean") && (value.equals("true") || value.equals("false"))) {
            json = value;
        } else {
            json = JSON.valueToTree(value).toString();
        }
        ObjectNode root = ((ObjectNode) resolved.deepCopy());
        root.set("components", components);
        List<Error> errors = registry.getSchema(root).validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        errors.forEach(error -> violations.add(where + ": " + value + ": " + error));
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return Set.of(type.asText());
        }
        java.util.HashSet<String> types = new java.util.HashSet<>();
        type.forEach(t -> types.add(t.asText()));
        return types;
    }

    private String pointer(Route route, int status, String mediaType, JsonNode schema) {
        JsonNode response = route.operation().path("responses").path(String.valueOf(status));
        String base;
        if (response.isMissingNode()) {
            response = route.operation().path("responses").path(status / 100 + "XX");
            base = "/paths/" + escape(route.template()) + "/" + route.method().toLowerCase(Locale.ROOT) + "/responses/" + status / 100 + "XX";
        } else {
            base = "/paths/" + escape(route.template()) + "/" + route.method().toLowerCase(Locale.ROOT) + "/responses/" + status;
        }
        if (response.has("$ref")) {
            base = response.path("$ref").asText().substring(1);
        }
        return base + "/content/" + escape(mediaType) + "/schema";
    }

    private static String componentSchemaPointer(String name) {
        return "/components/schemas/" + name;
    }

    /** Validates JSON against the schema at a JSON pointer of the document ($refs resolve within the document). */
    private void validate(String where, String pointer, byte[] body, List<String> violations) {
        String json = new String(body, StandardCharsets.UTF_8);
        try {
            JSON.readTree(json);
        } catch (IOException e) {
            violations.add(where + ": not JSON: " + e.getMessage());
            return;
        }
        Schema schema = schemas.computeIfAbsent(pointer, p -> {
            JsonNode node = document.at(p);
            if (node.isMissingNode()) {
                throw new IllegalStateException("no schema at " + p);
            }
            ObjectNode root = (ObjectNode) node.deepCopy();
            root.set("components", components);
            return registry.getSchema(root);
        });
        List<Error> errors = schema.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        for (Error error : errors) {
            violations.add(where + ": " + error + abbreviate(json));
        }
    }

    private static String abbreviate(String json) {
        return " in " + (json.length() > 400 ? json.substring(0, 400) + "…" : json);
    }

    private JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            node = document.at(node.path("$ref").asText().substring(1));
        }
        return node == null ? JSON.missingNode() : node;
    }

    private static boolean hasField(JsonNode object, String lowerCaseName) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            if (names.next().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                return true;
            }
        }
        return false;
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    static String baseType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The query of a raw URI as decoded names and values. */
    public static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
