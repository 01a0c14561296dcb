package vn.tthc.k8s.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tthc.k8s.check.Violation;

/**
 * Reads rendered YAML into typed objects, strictly: a field the kind's model does not have (a misspelling, a field
 * at the wrong level) is an error, and so is a number or a boolean where the model wants a string (Kubernetes
 * refuses an unquoted {@code 8081} in a ConfigMap). fabric8's and Strimzi's models keep unknown fields in an
 * "additional properties" map instead of failing; this mapper switches that off (no any-setters), so that
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} applies to them too.
 */
public final class StrictYaml {

    /** Lenient: reads any YAML into trees, writes the rendered output for review. */
    public static final YAMLMapper TREES = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .build())
            .build();

    /** Strict: binds trees to the kinds' models. */
    public static final YAMLMapper MODELS = strict();

    /** What a stream of documents reads into: the objects, and what could not be read. */
    public record Parsed(List<HasMetadata> objects, List<Violation> problems) {
    }

    private StrictYaml() {
    }

    private static YAMLMapper strict() {
        YAMLMapper mapper = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    @Override
                    public Boolean hasAnySetter(Annotated annotated) {
                        return Boolean.FALSE;
                    }
                })
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** Every document of the stream as a tree. */
    public static List<ObjectNode> trees(String yaml) {
        List<ObjectNode> documents = new ArrayList<>();
        try (JsonParser parser = TREES.getFactory().createParser(yaml);
                MappingIterator<JsonNode> iterator = TREES.readValues(parser, JsonNode.class)) {
            while (iterator.hasNext()) {
                JsonNode node = iterator.next();
                if (node != null && node.isObject()) {
                    documents.add((ObjectNode) node);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    /** Every document of the stream read into its kind's model. */
    public static Parsed parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (ObjectNode tree : trees(yaml)) {
            read(tree, problems).ifPresent(objects::add);
        }
        return new Parsed(objects, problems);
    }

    static Optional<HasMetadata> read(ObjectNode tree, List<Violation> problems) {
        String kind = tree.path("kind").asText("");
        String apiVersion = tree.path("apiVersion").asText("");
        String id = kind + "/" + tree.path("metadata").path("name").asText("");
        Optional<Kinds.Kind> known = Kinds.of(kind);
        if (known.isEmpty()) {
            problems.add(new Violation("known-kind", id, "not a kind this deployment may contain"));
            return Optional.empty();
        }
        if (!known.get().apiVersion().equals(apiVersion)) {
            problems.add(new Violation("known-kind", id, "apiVersion " + apiVersion + ", expected " + known.get().apiVersion()));
            return Optional.empty();
        }
        try {
            return Optional.of(MODELS.treeToValue(tree, known.get().type()));
        } catch (UnrecognizedPropertyException e) {
            problems.add(new Violation("schema", id, "unknown field " + path(e) + " (misspelt, or at the wrong level?)"));
        } catch (JsonMappingException e) {
            problems.add(new Violation("schema", id, "cannot read " + path(e) + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Violation("schema", id, e.getMessage()));
        }
        return Optional.empty();
    }

    /** The field's path in the object, e.g. {@code spec.template.spec.containers[0].readinessProbes}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The objects as one multi-document YAML stream. */
    public static String write(List<? extends HasMetadata> objects) {
        StringBuilder out = new StringBuilder();
        for (HasMetadata object : objects) {
            if (out.length() > 0) {
                out.append("---\n");
            }
            try {
                out.append(TREES.writeValueAsString(object));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }
}
