package vn.tthc.local.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules every service's OpenAPI document keeps, checked on the running service's own document (a service's
 * {@code @QuarkusTest} extends this class). The document is also written to {@code target/openapi.json} for the
 * linters and the client generator (README, "API conventions").
 */
public abstract class ContractDocumentTests {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    protected JsonNode document() {
        return ContractValidation.contract().document();
    }

    @Test
    void theDocumentIsWrittenForTheLinters() throws IOException {
        Path target = Path.of("target", "openapi.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, document().toPrettyString(), StandardCharsets.UTF_8);
        assertEquals("3.1.0", document().path("openapi").asText());
        assertTrue(document().path("servers").size() > 0, "servers");
    }

    @Test
    void everyOperationHasAUniqueCamelCaseOperationId() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        operations((where, operation) -> {
            String id = operation.path("operationId").asText("");
            if (!id.matches("[a-z][a-zA-Z0-9]*")) {
                problems.add(where + ": operationId '" + id + "' is not camelCase");
            } else if (!seen.add(id)) {
                problems.add(where + ": operationId '" + id + "' is used twice");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyAnswerIsTypedAndEveryErrorIsTheSharedProblem() {
        List<String> problems = new ArrayList<>();
        operations((where, operation) -> {
            boolean success = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String status = entry.getKey();
                JsonNode response = resolve(entry.getValue());
                success |= status.startsWith("2");
                if (status.startsWith("4") || status.startsWith("5")) {
                    JsonNode schema = response.path("content").path("application/problem+json").path("schema");
                    if (!"#/components/schemas/Problem".equals(schema.path("$ref").asText())) {
                        problems.add(where + " " + status + ": not the shared problem");
                    }
                } else if (status.startsWith("2") && !status.equals("204")) {
                    JsonNode content = response.path("content");
                    if (content.isEmpty()) {
                        problems.add(where + " " + status + ": no content");
                    }
                    content.fields().forEachRemaining(media -> {
                        JsonNode schema = media.getValue().path("schema");
                        if (schema.isMissingNode() || schema.isEmpty()) {
                            problems.add(where + " " + status + " " + media.getKey() + ": no schema");
                        }
                    });
                }
            }
            if (!success) {
                problems.add(where + ": no success answer");
            }
            JsonNode security = operation.path("security");
            security.forEach(requirement -> requirement.fields().forEachRemaining(scheme -> {
                if (!scheme.getValue().isEmpty()) {
                    problems.add(where + ": roles in the scopes of " + scheme.getKey());
                }
            }));
            JsonNode body = resolve(operation.path("requestBody"));
            body.path("content").fields().forEachRemaining(media -> {
                if (media.getKey().contains("json") && media.getValue().path("examples").isEmpty()
                        && media.getValue().path("example").isMissingNode()) {
                    problems.add(where + " request " + media.getKey() + ": no example");
                }
            });
        });
        assertEquals(List.of(), problems);
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = document().at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    private void operations(java.util.function.BiConsumer<String, JsonNode> each) {
        document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                each.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
    }
}
