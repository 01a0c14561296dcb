package vn.tthc.local;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A producer's JSON Schema of one event type, for contract tests: the producer checks what it publishes,
 * a consumer checks its fixtures, both against the same file in the producer's module.
 */
public final class EventSchema {

    private final Schema schema;

    private EventSchema(Schema schema) {
        this.schema = schema;
    }

    /**
     * The schema of an event type as documented by its producer, e.g. {@code forType("plan-service",
     * "vn.tthc.plan.task.completed.v1")} reads {@code plan-service/src/main/resources/events/<type>.json}.
     */
    public static EventSchema forType(String producerModule, String eventType) {
        Path file = ProjectRoot.find().resolve(producerModule).resolve("src/main/resources/events").resolve(eventType + ".json");
        try (InputStream input = Files.newInputStream(file)) {
            return new EventSchema(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(input));
        } catch (IOException e) {
            throw new UncheckedIOException("No schema for " + eventType + " at " + file, e);
        }
    }

    /** What the JSON breaks in the schema, formats (uuid, date) included; empty when it conforms. */
    public List<String> violations(String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }
}
