package vn.tthc.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tthc.k8s.render.Resources;

/**
 * Every object is of a kind the deployment is meant to contain, with that kind's apiVersion (as served by the
 * Kubernetes and operator versions documented in deploy/README.md), a namespace, and the fields that kind needs;
 * labels, annotations and ConfigMap data hold strings only.
 */
final class KnownKinds implements Rule {

    record Kind(String apiVersion, List<String> required) {
    }

    static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("Deployment", new Kind("apps/v1", List.of("spec.replicas", "spec.selector.matchLabels",
                    "spec.template.metadata.labels", "spec.template.spec.containers"))),
            Map.entry("Service", new Kind("v1", List.of("spec.selector", "spec.ports"))),
            Map.entry("ServiceAccount", new Kind("v1", List.of())),
            Map.entry("ConfigMap", new Kind("v1", List.of("data"))),
            Map.entry("NetworkPolicy", new Kind("networking.k8s.io/v1", List.of("spec.podSelector", "spec.policyTypes"))),
            Map.entry("Ingress", new Kind("networking.k8s.io/v1", List.of("spec.ingressClassName", "spec.rules", "spec.tls"))),
            Map.entry("PodDisruptionBudget", new Kind("policy/v1", List.of("spec.selector.matchLabels"))),
            Map.entry("HorizontalPodAutoscaler", new Kind("autoscaling/v2", List.of("spec.scaleTargetRef.name",
                    "spec.minReplicas", "spec.maxReplicas", "spec.metrics"))),
            Map.entry("Kafka", new Kind("kafka.strimzi.io/v1beta2", List.of("spec.kafka.listeners",
                    "spec.kafka.authorization.type", "spec.entityOperator.topicOperator", "spec.entityOperator.userOperator"))),
            Map.entry("KafkaNodePool", new Kind("kafka.strimzi.io/v1beta2", List.of("metadata.labels.strimzi.io/cluster",
                    "spec.replicas", "spec.roles", "spec.storage"))),
            Map.entry("KafkaTopic", new Kind("kafka.strimzi.io/v1beta2", List.of("metadata.labels.strimzi.io/cluster",
                    "spec.topicName", "spec.partitions", "spec.replicas", "spec.config"))),
            Map.entry("KafkaUser", new Kind("kafka.strimzi.io/v1beta2", List.of("metadata.labels.strimzi.io/cluster",
                    "spec.authentication.type", "spec.authorization.acls"))),
            Map.entry("Cluster", new Kind("postgresql.cnpg.io/v1", List.of("spec.instances", "spec.storage.size"))),
            Map.entry("Database", new Kind("postgresql.cnpg.io/v1", List.of("spec.name", "spec.owner", "spec.cluster.name"))),
            Map.entry("ScheduledBackup", new Kind("postgresql.cnpg.io/v1", List.of("spec.schedule", "spec.cluster.name"))),
            Map.entry("ObjectStore", new Kind("barmancloud.cnpg.io/v1", List.of("spec.configuration.destinationPath",
                    "spec.retentionPolicy"))),
            Map.entry("PrometheusRule", new Kind("monitoring.coreos.com/v1", List.of("spec.groups"))),
            // Listed so that NoSecretValues, not this rule, reports a committed Secret.
            Map.entry("Secret", new Kind("v1", List.of())));

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (ObjectNode object : manifests.objects()) {
            Kind kind = KINDS.get(Resources.kind(object));
            if (kind == null) {
                violations.add(new Violation("known-kind", Resources.id(object), "not a kind this deployment may contain"));
                continue;
            }
            if (!kind.apiVersion().equals(Resources.apiVersion(object))) {
                violations.add(new Violation("known-kind", Resources.id(object),
                        "apiVersion " + Resources.apiVersion(object) + ", expected " + kind.apiVersion()));
            }
            if (!Resources.isClusterScoped(object) && Resources.namespace(object).isEmpty()) {
                violations.add(new Violation("required-field", Resources.id(object), "metadata.namespace is missing"));
            }
            checkStrings(violations, object, object.path("metadata").path("labels"), "metadata.labels");
            checkStrings(violations, object, object.path("metadata").path("annotations"), "metadata.annotations");
            checkStrings(violations, object, object.path("spec").path("template").path("metadata").path("annotations"),
                    "spec.template.metadata.annotations");
            if (Resources.kind(object).equals("ConfigMap")) {
                checkStrings(violations, object, object.path("data"), "data");
            }
            for (String path : kind.required()) {
                JsonNode value = at(object, path);
                if (value.isMissingNode() || value.isNull() || (value.isContainerNode() && value.isEmpty() && !path.endsWith("podSelector"))
                        || (value.isTextual() && value.asText().isBlank())) {
                    violations.add(new Violation("required-field", Resources.id(object), path + " is missing"));
                }
            }
        }
        return violations;
    }

    /** Kubernetes refuses non-string values in these maps (an unquoted 8081 or true in a ConfigMap, say). */
    private static void checkStrings(List<Violation> violations, ObjectNode object, JsonNode map, String path) {
        map.fields().forEachRemaining(field -> {
            if (!field.getValue().isTextual()) {
                violations.add(new Violation("required-field", Resources.id(object), path + "." + field.getKey() + " must be a string"));
            }
        });
    }

    /** The node at a dotted path; "metadata.labels.strimzi.io/cluster" reads the label named strimzi.io/cluster. */
    static JsonNode at(JsonNode object, String path) {
        if (path.startsWith("metadata.labels.")) {
            return object.path("metadata").path("labels").path(path.substring("metadata.labels.".length()));
        }
        JsonNode current = object;
        for (String field : path.split("\\.")) {
            current = current.path(field);
        }
        return current;
    }
}
