package vn.tthc.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Kustomize's {@code labels}: each entry's {@code pairs} are added to every object's metadata.labels and, with
 * {@code includeTemplates: true}, to workload pod templates. Selectors are never changed
 * ({@code includeSelectors: true} is refused), so a label can be added to running Deployments.
 */
final class Labels {

    private Labels() {
    }

    static void apply(List<ObjectNode> objects, JsonNode entries) {
        for (JsonNode entry : entries) {
            entry.fieldNames().forEachRemaining(field -> {
                if (!Set.of("pairs", "includeSelectors", "includeTemplates").contains(field)) {
                    throw new RenderException("labels: '" + field + "' is not supported");
                }
            });
            if (entry.path("includeSelectors").asBoolean(false)) {
                throw new RenderException("labels: includeSelectors: true is not supported");
            }
            boolean templates = entry.path("includeTemplates").asBoolean(false);
            for (ObjectNode object : objects) {
                add(Resources.objectAt(object, "metadata", "labels"), entry.path("pairs"));
                if (templates && Resources.WORKLOADS.contains(Resources.kind(object))) {
                    add(Resources.objectAt(object, "spec", "template", "metadata", "labels"), entry.path("pairs"));
                }
            }
        }
    }

    private static void add(ObjectNode labels, JsonNode pairs) {
        pairs.fields().forEachRemaining(pair -> labels.put(pair.getKey(), pair.getValue().asText()));
    }
}
