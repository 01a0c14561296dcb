package vn.tthc.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tthc.k8s.project.SecretCatalogue;
import vn.tthc.k8s.project.ServiceConfig;
import vn.tthc.k8s.render.Resources;

/**
 * A rendered overlay with what it is checked against: the services' configuration and the documented Secrets.
 * Also knows the Secrets the operators generate from the manifests (Strimzi: one per KafkaUser and the cluster
 * CA certificate per Kafka; CloudNativePG: none are relied on).
 */
public record Manifests(List<ObjectNode> objects, List<ServiceConfig> services, SecretCatalogue documentedSecrets) {

    public List<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> Resources.kind(o).equals(kind)).toList();
    }

    public Optional<ObjectNode> find(String kind, String name) {
        return objects.stream().filter(o -> Resources.kind(o).equals(kind) && Resources.name(o).equals(name)).findFirst();
    }

    /** Secret name → keys, for the Secrets that operators create from these manifests. */
    public Map<String, Set<String>> generatedSecrets() {
        Map<String, Set<String>> secrets = new TreeMap<>();
        for (ObjectNode user : ofKind("KafkaUser")) {
            String type = user.path("spec").path("authentication").path("type").asText();
            secrets.put(Resources.name(user), type.equals("scram-sha-512")
                    ? new TreeSet<>(Set.of("password", "sasl.jaas.config"))
                    : new TreeSet<>(Set.of("ca.crt", "user.crt", "user.key", "user.p12", "user.password")));
        }
        for (ObjectNode kafka : ofKind("Kafka")) {
            secrets.put(Resources.name(kafka) + "-cluster-ca-cert", new TreeSet<>(Set.of("ca.crt", "ca.p12", "ca.password")));
        }
        return secrets;
    }

    public boolean secretKeyKnown(String secret, String key) {
        return documentedSecrets.defines(secret, key) || generatedSecrets().getOrDefault(secret, Set.of()).contains(key);
    }

    public boolean secretKnown(String secret) {
        return documentedSecrets.defines(secret) || generatedSecrets().containsKey(secret);
    }

    /** The containers (and init containers) of a workload's pod template. */
    public static List<JsonNode> containers(JsonNode workload) {
        JsonNode pod = workload.path("spec").path("template").path("spec");
        List<JsonNode> all = new java.util.ArrayList<>();
        pod.path("initContainers").forEach(all::add);
        pod.path("containers").forEach(all::add);
        return all;
    }

    /** The value a container's environment variable takes from a ConfigMap, if it comes from one. */
    public Optional<String> configValue(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(variable)) {
                JsonNode ref = env.path("valueFrom").path("configMapKeyRef");
                return find("ConfigMap", ref.path("name").asText())
                        .map(map -> map.path("data").path(ref.path("key").asText()))
                        .filter(JsonNode::isTextual)
                        .map(JsonNode::asText);
            }
        }
        return Optional.empty();
    }

    /** The Secret a container's environment variable takes its value from, if any. */
    public static Optional<String> secretOf(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(variable) && env.path("valueFrom").has("secretKeyRef")) {
                return Optional.of(env.path("valueFrom").path("secretKeyRef").path("name").asText());
            }
        }
        return Optional.empty();
    }
}
