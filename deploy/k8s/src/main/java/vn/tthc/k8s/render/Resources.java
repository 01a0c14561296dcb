package vn.tthc.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Accessors for Kubernetes objects held as Jackson trees. */
public final class Resources {

    /** Kinds that are not namespaced (the ones the namespace transformer leaves alone). */
    public static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");

    /** Kinds whose pod template lives at spec.template. */
    public static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

    private Resources() {
    }

    public static String kind(JsonNode object) {
        return object.path("kind").asText("");
    }

    public static String apiVersion(JsonNode object) {
        return object.path("apiVersion").asText("");
    }

    public static String name(JsonNode object) {
        return object.path("metadata").path("name").asText("");
    }

    public static String namespace(JsonNode object) {
        return object.path("metadata").path("namespace").asText("");
    }

    /** "Kind/name", how objects are named in messages. */
    public static String id(JsonNode object) {
        return kind(object) + "/" + name(object);
    }

    /** The object at the path, created (as empty mappings) where missing. */
    public static ObjectNode objectAt(ObjectNode root, String... path) {
        ObjectNode current = root;
        for (String field : path) {
            JsonNode next = current.get(field);
            if (next == null || !next.isObject()) {
                next = current.putObject(field);
            }
            current = (ObjectNode) next;
        }
        return current;
    }

    public static boolean isClusterScoped(JsonNode object) {
        return CLUSTER_SCOPED.contains(kind(object));
    }
}
