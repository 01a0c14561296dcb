package vn.tthc.k8s.check;

import vn.tthc.k8s.model.certmanager.Certificate;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.tthc.k8s.model.Objects;
import vn.tthc.k8s.model.cnpg.Cluster;
import vn.tthc.k8s.model.cnpg.Database;
import vn.tthc.k8s.model.cnpg.ObjectStore;
import vn.tthc.k8s.model.cnpg.ScheduledBackup;

/**
 * Every namespaced object has its namespace, and every object the fields its kind needs here (that the API server
 * or the operator would refuse it without, or that the other rules rely on).
 */
final class RequiredFields implements Rule {

    private record Field<T>(String path, Function<T, Object> value) {
    }

    private static final Map<Class<?>, List<Field<?>>> REQUIRED = new LinkedHashMap<>();

    static {
        require(Deployment.class, "spec.replicas", d -> d.getSpec().getReplicas());
        require(Deployment.class, "spec.selector.matchLabels", d -> d.getSpec().getSelector().getMatchLabels());
        require(Deployment.class, "spec.template.metadata.labels", d -> d.getSpec().getTemplate().getMetadata().getLabels());
        require(Deployment.class, "spec.template.spec.containers", d -> d.getSpec().getTemplate().getSpec().getContainers());
        require(Service.class, "spec.selector", s -> s.getSpec().getSelector());
        require(Service.class, "spec.ports", s -> s.getSpec().getPorts());
        require(ConfigMap.class, "data", ConfigMap::getData);
        require(NetworkPolicy.class, "spec.podSelector", p -> p.getSpec().getPodSelector());
        require(NetworkPolicy.class, "spec.policyTypes", p -> p.getSpec().getPolicyTypes());
        require(Ingress.class, "spec.ingressClassName", i -> i.getSpec().getIngressClassName());
        require(Ingress.class, "spec.rules", i -> i.getSpec().getRules());
        require(Ingress.class, "spec.tls", i -> i.getSpec().getTls());
        require(PodDisruptionBudget.class, "spec.selector.matchLabels", p -> p.getSpec().getSelector().getMatchLabels());
        require(HorizontalPodAutoscaler.class, "spec.scaleTargetRef.name", h -> h.getSpec().getScaleTargetRef().getName());
        require(HorizontalPodAutoscaler.class, "spec.minReplicas", h -> h.getSpec().getMinReplicas());
        require(HorizontalPodAutoscaler.class, "spec.maxReplicas", h -> h.getSpec().getMaxReplicas());
        require(HorizontalPodAutoscaler.class, "spec.metrics", h -> h.getSpec().getMetrics());
        require(Kafka.class, "spec.kafka.listeners", k -> k.getSpec().getKafka().getListeners());
        require(Kafka.class, "spec.kafka.authorization", k -> k.getSpec().getKafka().getAuthorization());
        require(Kafka.class, "spec.entityOperator.topicOperator", k -> k.getSpec().getEntityOperator().getTopicOperator());
        require(Kafka.class, "spec.entityOperator.userOperator", k -> k.getSpec().getEntityOperator().getUserOperator());
        require(KafkaNodePool.class, "metadata.labels.strimzi.io/cluster", p -> p.getMetadata().getLabels().get("strimzi.io/cluster"));
        require(KafkaNodePool.class, "spec.replicas", p -> p.getSpec().getReplicas());
        require(KafkaNodePool.class, "spec.roles", p -> p.getSpec().getRoles());
        require(KafkaNodePool.class, "spec.storage", p -> p.getSpec().getStorage());
        require(KafkaTopic.class, "metadata.labels.strimzi.io/cluster", t -> t.getMetadata().getLabels().get("strimzi.io/cluster"));
        require(KafkaTopic.class, "spec.topicName", t -> t.getSpec().getTopicName());
        require(KafkaTopic.class, "spec.partitions", t -> t.getSpec().getPartitions());
        require(KafkaTopic.class, "spec.replicas", t -> t.getSpec().getReplicas());
        require(KafkaTopic.class, "spec.config", t -> t.getSpec().getConfig());
        require(KafkaUser.class, "metadata.labels.strimzi.io/cluster", u -> u.getMetadata().getLabels().get("strimzi.io/cluster"));
        require(KafkaUser.class, "spec.authentication", u -> u.getSpec().getAuthentication());
        require(KafkaUser.class, "spec.authorization", u -> u.getSpec().getAuthorization());
        require(Cluster.class, "spec.instances", c -> c.getSpec().instances());
        require(Cluster.class, "spec.storage.size", c -> c.getSpec().storage().size());
        require(Database.class, "spec.name", d -> d.getSpec().name());
        require(Database.class, "spec.owner", d -> d.getSpec().owner());
        require(Database.class, "spec.cluster.name", d -> d.getSpec().cluster().name());
        require(ScheduledBackup.class, "spec.schedule", b -> b.getSpec().schedule());
        require(ScheduledBackup.class, "spec.cluster.name", b -> b.getSpec().cluster().name());
        require(ObjectStore.class, "spec.configuration.destinationPath", s -> s.getSpec().configuration().destinationPath());
        require(ObjectStore.class, "spec.retentionPolicy", s -> s.getSpec().retentionPolicy());
        require(PrometheusRule.class, "spec.groups", r -> r.getSpec().getGroups());
        require(ServiceMonitor.class, "spec.selector.matchLabels", m -> m.getSpec().getSelector().getMatchLabels());
        require(ServiceMonitor.class, "spec.endpoints", m -> m.getSpec().getEndpoints());
        require(PodMonitor.class, "spec.selector.matchLabels", m -> m.getSpec().getSelector().getMatchLabels());
        require(PodMonitor.class, "spec.podMetricsEndpoints", m -> m.getSpec().getPodMetricsEndpoints());
        require(Certificate.class, "spec.secretName", c -> c.getSpec().secretName());
        require(Certificate.class, "spec.issuerRef.name", c -> c.getSpec().issuerRef().name());
        require(Certificate.class, "spec.dnsNames", c -> c.getSpec().dnsNames());
    }

    private static <T> void require(Class<T> type, String path, Function<T, Object> value) {
        REQUIRED.computeIfAbsent(type, t -> new ArrayList<>()).add(new Field<>(path, value));
    }

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (HasMetadata object : manifests.objects()) {
            if (Objects.namespace(object).isEmpty()) {
                violations.add(new Violation("required-field", Objects.id(object), "metadata.namespace is missing"));
            }
            REQUIRED.forEach((type, fields) -> {
                if (type.isInstance(object)) {
                    for (Field<?> field : fields) {
                        if (!present(object, field)) {
                            violations.add(new Violation("required-field", Objects.id(object), field.path() + " is missing"));
                        }
                    }
                }
            });
        }
        return violations;
    }

    @SuppressWarnings("unchecked")
    private static <T> boolean present(HasMetadata object, Field<T> field) {
        Object value;
        try {
            value = field.value().apply((T) object);
        } catch (NullPointerException absent) {
            return false;
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty() || field.path().equals("spec.podSelector");
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        if (value instanceof String text) {
            return !text.isBlank();
        }
        return value != null;
    }
}
