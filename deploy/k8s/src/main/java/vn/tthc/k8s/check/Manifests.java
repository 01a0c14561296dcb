package vn.tthc.k8s.check;

import vn.tthc.k8s.model.certmanager.Certificate;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tthc.k8s.model.Objects;
import vn.tthc.k8s.project.SecretCatalogue;
import vn.tthc.k8s.project.ServiceConfig;

/**
 * A rendered overlay, read into typed objects, with what could not be read and what it is checked against: the
 * services' configuration and the documented Secrets. Also knows the Secrets the operators generate from the
 * manifests (Strimzi: one per KafkaUser and the cluster CA certificate per Kafka; cert-manager: one per
 * Certificate; CloudNativePG: none are relied on).
 */
public record Manifests(List<HasMetadata> objects, List<Violation> schemaProblems, List<ServiceConfig> services,
        SecretCatalogue documentedSecrets) {

    public <T extends HasMetadata> List<T> ofKind(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return ofKind(type).stream().filter(o -> Objects.name(o).equals(name)).findFirst();
    }

    /** An object by its kind's name (e.g. an HPA's scaleTargetRef). */
    public Optional<HasMetadata> find(String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.getKind()) && Objects.name(o).equals(name)).findFirst();
    }

    /** Secret name → keys, for the Secrets that operators create from these manifests. */
    public Map<String, Set<String>> generatedSecrets() {
        Map<String, Set<String>> secrets = new TreeMap<>();
        for (KafkaUser user : ofKind(KafkaUser.class)) {
            boolean scram = user.getSpec() != null && user.getSpec().getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication;
            secrets.put(Objects.name(user), scram ? new TreeSet<>(Set.of("password", "sasl.jaas.config"))
                    : new TreeSet<>(Set.of("ca.crt", "user.crt", "user.key", "user.p12", "user.password")));
        }
        for (Kafka kafka : ofKind(Kafka.class)) {
            secrets.put(Objects.name(kafka) + "-cluster-ca-cert", new TreeSet<>(Set.of("ca.crt", "ca.p12", "ca.password")));
        }
        for (Certificate certificate : ofKind(Certificate.class)) {
            if (certificate.getSpec() != null && certificate.getSpec().secretName() != null) {
                secrets.put(certificate.getSpec().secretName(), new TreeSet<>(Set.of("tls.crt", "tls.key", "ca.crt")));
            }
        }
        return secrets;
    }

    public boolean secretKeyKnown(String secret, String key) {
        return documentedSecrets.defines(secret, key) || generatedSecrets().getOrDefault(secret, Set.of()).contains(key);
    }

    public boolean secretKnown(String secret) {
        return documentedSecrets.defines(secret) || generatedSecrets().containsKey(secret);
    }

    /** The pod spec of a Deployment (never null: an empty one where the manifest lacks it). */
    public static PodSpec pod(Deployment deployment) {
        if (deployment.getSpec() == null || deployment.getSpec().getTemplate() == null || deployment.getSpec().getTemplate().getSpec() == null) {
            return new PodSpec();
        }
        return deployment.getSpec().getTemplate().getSpec();
    }

    /** The pod template's labels. */
    public static Map<String, String> podLabels(Deployment deployment) {
        if (deployment.getSpec() == null || deployment.getSpec().getTemplate() == null
                || deployment.getSpec().getTemplate().getMetadata() == null
                || deployment.getSpec().getTemplate().getMetadata().getLabels() == null) {
            return Map.of();
        }
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    /** The containers (and init containers) of a Deployment's pod template. */
    public static List<Container> containers(Deployment deployment) {
        List<Container> all = new ArrayList<>(list(pod(deployment).getInitContainers()));
        all.addAll(list(pod(deployment).getContainers()));
        return all;
    }

    /** The first container of a Deployment (the application's), or an empty one. */
    public static Container mainContainer(Deployment deployment) {
        List<Container> containers = list(pod(deployment).getContainers());
        return containers.isEmpty() ? new Container() : containers.get(0);
    }

    /** The value a container's environment variable takes from a ConfigMap, if it comes from one. */
    public Optional<String> configValue(Container container, String variable) {
        for (EnvVar env : list(container.getEnv())) {
            if (variable.equals(env.getName()) && env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = env.getValueFrom().getConfigMapKeyRef();
                return find(ConfigMap.class, ref.getName()).map(ConfigMap::getData).map(data -> data.get(ref.getKey()));
            }
        }
        return Optional.empty();
    }

    /** The Secret a container's environment variable takes its value from, if any. */
    public static Optional<String> secretOf(Container container, String variable) {
        for (EnvVar env : list(container.getEnv())) {
            if (variable.equals(env.getName()) && env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                return Optional.ofNullable(env.getValueFrom().getSecretKeyRef().getName());
            }
        }
        return Optional.empty();
    }

    /** Whether every label of the selector is on the object with the same value (an empty selector selects nothing). */
    public static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        if (selector == null || selector.isEmpty()) {
            return false;
        }
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels == null ? null : labels.get(e.getKey())));
    }

    /** A list that may be null, as an empty one. */
    public static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }
}
