package vn.tthc.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch that the overlays use: mappings merge field by field, a null
 * removes a field, and the lists of built-in kinds that Kubernetes merges by key (containers, env, ports,
 * volumes, volume mounts) merge item by item on that key; every other list is replaced, as it is for custom
 * resources, which have no patch strategy. Directives ({@code $patch}, {@code $retainKeys}...) are refused.
 */
public final class StrategicMerge {

    /** List field name → the key its items merge on, for built-in kinds. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "imagePullSecrets", "name",
            "ports", "containerPort");

    private StrategicMerge() {
    }

    /** Applies the patch to the target in place. */
    public static void apply(ObjectNode target, ObjectNode patch, boolean builtInKind) {
        mergeObject(target, patch, builtInKind, "");
    }

    private static void mergeObject(ObjectNode target, ObjectNode patch, boolean builtIn, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("$")) {
                throw new RenderException("Unsupported strategic merge directive " + name + " at " + path);
            }
            JsonNode existing = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                mergeObject((ObjectNode) existing, (ObjectNode) value, builtIn, path + "." + name);
            } else if (value.isArray() && existing != null && existing.isArray() && builtIn && mergeKey(name, path) != null) {
                mergeList((ArrayNode) existing, (ArrayNode) value, mergeKey(name, path), builtIn, path + "." + name);
            } else {
                target.set(name, withoutNulls(value.deepCopy()));
            }
        }
    }

    private static String mergeKey(String field, String path) {
        if (field.equals("ports") && path.endsWith(".spec") && !path.contains("template")) {
            return "port"; // a Service's ports
        }
        return MERGE_KEYS.get(field);
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String key, boolean builtIn, String path) {
        for (JsonNode item : patch) {
            if (!item.isObject() || !item.has(key)) {
                throw new RenderException("Item without merge key '" + key + "' at " + path);
            }
            ObjectNode match = find(target, key, item.get(key));
            if (match == null) {
                target.add(withoutNulls(item.deepCopy()));
            } else {
                mergeObject(match, (ObjectNode) item, builtIn, path + "[" + item.get(key).asText() + "]");
            }
        }
    }

    /** A null in a patch removes a field; where there is nothing to remove, it adds nothing either. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNull()) {
                    fields.remove();
                } else {
                    withoutNulls(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(StrategicMerge::withoutNulls);
        }
        return node;
    }

    private static ObjectNode find(ArrayNode list, String key, JsonNode value) {
        for (JsonNode item : list) {
            if (item.isObject() && value.equals(item.get(key))) {
                return (ObjectNode) item;
            }
        }
        return null;
    }
}
