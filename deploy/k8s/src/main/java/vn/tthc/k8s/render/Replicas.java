package vn.tthc.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** Kustomize's {@code replicas}: sets spec.replicas of the named Deployments and StatefulSets. */
final class Replicas {

    private static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet");

    private Replicas() {
    }

    static void apply(List<ObjectNode> objects, JsonNode entries) {
        for (JsonNode entry : entries) {
            String name = entry.path("name").asText();
            if (!entry.path("count").canConvertToInt()) {
                throw new RenderException("replicas: " + name + " needs an integer count");
            }
            boolean matched = false;
            for (ObjectNode object : objects) {
                if (KINDS.contains(Resources.kind(object)) && Resources.name(object).equals(name)) {
                    Resources.objectAt(object, "spec").put("replicas", entry.get("count").asInt());
                    matched = true;
                }
            }
            if (!matched) {
                throw new RenderException("replicas: no workload named " + name);
            }
        }
    }
}
