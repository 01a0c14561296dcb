package vn.tthc.platform.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The schema rules of {@link ContractFilter}: simple-type components (UUID, LocalDate, Instant…) written inline, no
 * {@code type} beside a {@code $ref} (generators drop it), every property that is not required nullable the OpenAPI 3.1
 * way ({@code type: [..., "null"]}, or {@code anyOf} with {@code null} for a reference: Jackson writes absent values as
 * null), and no component left that nothing uses.
 */
final class Schemas {

    private static final String PREFIX = "#/components/schemas/";

    private Schemas() {
    }

    static void tidy(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        Map<String, Schema> simple = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            if (isSimple(schema)) {
                simple.put(PREFIX + name, schema);
            }
        });
        forEachSchema(openAPI, schema -> inline(schema, simple));
        forEachSchema(openAPI, Schemas::anchor);
        simple.keySet().forEach(ref -> components.removeSchema(ref.substring(PREFIX.length())));
        new ArrayList<>(schemas.values()).forEach(Schemas::nullableWhereOptional);
        pruneUnused(openAPI);
    }

    /** A component that is only a string, number or boolean with a format: UUID, LocalDate, Instant. */
    private static boolean isSimple(Schema schema) {
        List<Schema.SchemaType> type = schema.getType();
        return schema.getRef() == null && type != null && type.size() == 1 && schema.getProperties() == null
                && schema.getEnumeration() == null && schema.getAllOf() == null && schema.getOneOf() == null
                && schema.getAnyOf() == null && (type.get(0) == Schema.SchemaType.STRING
                || type.get(0) == Schema.SchemaType.INTEGER || type.get(0) == Schema.SchemaType.NUMBER
                || type.get(0) == Schema.SchemaType.BOOLEAN);
    }

    /**
     * Anchors a pattern: Bean Validation's @Pattern matches the whole value, a JSON Schema pattern any part of it.
     * NotBlank's {@code \S} (some character that is not a space) is meant unanchored and stays so.
     */
    private static void anchor(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !pattern.equals("\\S") && !pattern.startsWith("^")) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
    }

    /** Replaces references to simple components by a copy of them, and drops a type written beside a reference. */
    private static void inline(Schema schema, Map<String, Schema> simple) {
        if (schema.getRef() == null) {
            return;
        }
        Schema target = simple.get(schema.getRef());
        if (target == null) {
            schema.setType(null);
            return;
        }
        schema.setRef(null);
        schema.setType(new ArrayList<>(target.getType()));
        if (schema.getFormat() == null) {
            schema.setFormat(target.getFormat());
        }
        if (schema.getPattern() == null) {
            schema.setPattern(target.getPattern());
        }
        if (schema.getDescription() == null) {
            schema.setDescription(target.getDescription());
        }
        if ((schema.getExamples() == null || schema.getExamples().isEmpty()) && target.getExamples() != null) {
            schema.setExamples(new ArrayList<>(target.getExamples()));
        }
    }

    private static void nullableWhereOptional(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            properties.forEach((name, property) -> {
                nullableWhereOptional(property);
                if (!required.contains(name)) {
                    properties.put(name, nullable(property));
                }
            });
            schema.setProperties(properties);
        }
        if (schema.getItems() != null) {
            nullableWhereOptional(schema.getItems());
        }
    }

    /** The property, allowing null. */
    static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema wrapper = OASFactory.createSchema().description(property.getDescription())
                    .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            if (property.getExamples() != null) {
                wrapper.setExamples(property.getExamples());
            }
            return wrapper;
        }
        List<Schema.SchemaType> type = property.getType();
        if (type != null && !type.isEmpty() && !type.contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().isEmpty()
                    && !property.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        }
        return property;
    }

    /** Every schema of the document, nested ones included, in no particular order. */
    static void forEachSchema(OpenAPI openAPI, Consumer<Schema> each) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Consumer<Schema> walk = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema == null || !seen.add(schema)) {
                    return;
                }
                each.accept(schema);
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(this);
                }
                if (schema.getItems() != null) {
                    accept(schema.getItems());
                }
                if (schema.getAdditionalPropertiesSchema() != null) {
                    accept(schema.getAdditionalPropertiesSchema());
                }
                for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                    if (list != null) {
                        list.forEach(this);
                    }
                }
            }
        };
        Components components = openAPI.getComponents();
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(walk);
        }
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(r -> content(r.getContent(), walk));
        }
        if (components.getParameters() != null) {
            components.getParameters().values().forEach(p -> walk.accept(p.getSchema()));
        }
        if (components.getHeaders() != null) {
            components.getHeaders().values().forEach(h -> walk.accept(h.getSchema()));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> walk.accept(p.getSchema()));
                }
                item.getOperations().values().forEach(operation -> operationSchemas(operation, walk));
            });
        }
    }

    private static void operationSchemas(Operation operation, Consumer<Schema> walk) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> walk.accept(p.getSchema()));
        }
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent(), walk);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                content(response.getContent(), walk);
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(h -> walk.accept(h.getSchema()));
                }
            }
        }
    }

    private static void content(Content content, Consumer<Schema> walk) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType media : content.getMediaTypes().values()) {
                walk.accept(media.getSchema());
            }
        }
    }

    /** Removes reusable responses, headers, parameters and schemas that nothing refers to. */
    private static void pruneUnused(OpenAPI openAPI) {
        Set<String> refs = new HashSet<>();
        forEachSchema(openAPI, schema -> {
            if (schema.getRef() != null) {
                refs.add(schema.getRef());
            }
        });
        Components components = openAPI.getComponents();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().stream().map(Parameter::getRef).filter(r -> r != null).forEach(refs::add);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        if (response.getRef() != null) {
                            refs.add(response.getRef());
                        }
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().stream().map(h -> h.getRef()).filter(r -> r != null).forEach(refs::add);
                        }
                    });
                }
            }));
        }
        if (components.getResponses() != null) {
            new ArrayList<>(components.getResponses().keySet()).stream()
                    .filter(name -> !refs.contains("#/components/responses/" + name)).forEach(components::removeResponse);
            components.getResponses().values().forEach(response -> {
                if (response.getHeaders() != null) {
                    response.getHeaders().values().stream().map(h -> h.getRef()).filter(r -> r != null).forEach(refs::add);
                }
            });
        }
        if (components.getHeaders() != null) {
            new ArrayList<>(components.getHeaders().keySet()).stream()
                    .filter(name -> !refs.contains("#/components/headers/" + name)).forEach(components::removeHeader);
        }
        if (components.getParameters() != null) {
            new ArrayList<>(components.getParameters().keySet()).stream()
                    .filter(name -> !refs.contains("#/components/parameters/" + name)).forEach(components::removeParameter);
        }
    }
}
