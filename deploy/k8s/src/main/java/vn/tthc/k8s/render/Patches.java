package vn.tthc.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Kustomize's {@code patches} with strategic merge patches from files ({@code path}) or inline ({@code patch}).
 * Without a target, the patch applies to the object of its own kind and name; with one, to every object of
 * the target's kind (and name, when given). A patch that matches nothing is an error, as in Kustomize.
 */
final class Patches {

    private static final Set<String> BUILT_IN_GROUPS = Set.of("v1", "apps/v1", "batch/v1", "policy/v1",
            "networking.k8s.io/v1", "autoscaling/v2", "rbac.authorization.k8s.io/v1");

    private Patches() {
    }

    static void apply(List<ObjectNode> objects, JsonNode patches, Path directory) {
        for (JsonNode entry : patches) {
            entry.fieldNames().forEachRemaining(field -> {
                if (!Set.of("path", "patch", "target").contains(field)) {
                    throw new RenderException("patches: '" + field + "' is not supported");
                }
            });
            ObjectNode patch = entry.has("path")
                    ? Yaml.readOne(directory.resolve(entry.get("path").asText()))
                    : single(Yaml.readAll(entry.path("patch").asText(), "inline patch"));
            String kind = entry.has("target") ? entry.get("target").path("kind").asText("") : Resources.kind(patch);
            String name = entry.has("target") ? entry.get("target").path("name").asText("") : Resources.name(patch);
            if (entry.has("target")) {
                entry.get("target").fieldNames().forEachRemaining(field -> {
                    if (!Set.of("kind", "name").contains(field)) {
                        throw new RenderException("patch target: '" + field + "' is not supported (kind and name only)");
                    }
                });
            }
            if (kind.isEmpty()) {
                throw new RenderException("A patch without a kind: " + entry);
            }
            int matched = 0;
            for (ObjectNode object : objects) {
                if (Resources.kind(object).equals(kind) && (name.isEmpty() || Resources.name(object).equals(name))) {
                    ObjectNode body = patch.deepCopy();
                    body.remove("apiVersion");
                    body.remove("kind");
                    ObjectNode metadata = (ObjectNode) body.get("metadata");
                    if (metadata != null) {
                        metadata.remove("name");
                        metadata.remove("namespace");
                    }
                    StrategicMerge.apply(object, body, BUILT_IN_GROUPS.contains(Resources.apiVersion(object)));
                    matched++;
                }
            }
            if (matched == 0) {
                throw new RenderException("A patch matches no object: " + kind + "/" + name + " in " + directory);
            }
        }
    }

    private static ObjectNode single(List<ObjectNode> documents) {
        if (documents.size() != 1) {
            throw new RenderException("An inline patch must hold one document");
        }
        return documents.get(0);
    }
}
