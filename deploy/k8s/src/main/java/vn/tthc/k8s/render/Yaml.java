package vn.tthc.k8s.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes (multi-document) YAML as Jackson trees. */
public final class Yaml {

    public static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .build())
            .build();

    private Yaml() {
    }

    /** Every non-empty document of the text, each a mapping. */
    public static List<ObjectNode> readAll(String text, String origin) {
        List<ObjectNode> documents = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(text);
                MappingIterator<JsonNode> iterator = MAPPER.readValues(parser, JsonNode.class)) {
            while (iterator.hasNext()) {
                JsonNode node = iterator.next();
                if (node == null || node.isNull() || node.isMissingNode()) {
                    continue;
                }
                if (!node.isObject()) {
                    throw new RenderException(origin + ": a document is not a mapping");
                }
                documents.add((ObjectNode) node);
            }
        } catch (IOException e) {
            throw new RenderException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    public static List<ObjectNode> readAll(Path file) {
        return readAll(read(file), file.toString());
    }

    /** The one document of a file. */
    public static ObjectNode readOne(Path file) {
        List<ObjectNode> documents = readAll(file);
        if (documents.size() != 1) {
            throw new RenderException(file + ": expected one document, found " + documents.size());
        }
        return documents.get(0);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects as one multi-document YAML stream, as `kubectl kustomize` prints it. */
    public static String writeAll(List<ObjectNode> objects) {
        StringBuilder out = new StringBuilder();
        for (ObjectNode object : objects) {
            if (out.length() > 0) {
                out.append("---\n");
            }
            try {
                out.append(MAPPER.writeValueAsString(object));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }
}
