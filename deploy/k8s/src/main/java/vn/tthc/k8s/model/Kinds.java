package vn.tthc.k8s.model;

import vn.tthc.k8s.model.certmanager.Certificate;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
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
import java.util.Map;
import java.util.Optional;
import vn.tthc.k8s.model.cnpg.Cluster;
import vn.tthc.k8s.model.cnpg.Database;
import vn.tthc.k8s.model.cnpg.ObjectStore;
import vn.tthc.k8s.model.cnpg.ScheduledBackup;

/**
 * The kinds this deployment may contain, each with the apiVersion it is written for (as served by the Kubernetes
 * and operator versions in deploy/README.md) and the class its objects are read into.
 */
public final class Kinds {

    public record Kind(String apiVersion, Class<? extends HasMetadata> type) {
    }

    public static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("Deployment", new Kind("apps/v1", Deployment.class)),
            Map.entry("Service", new Kind("v1", Service.class)),
            Map.entry("ServiceAccount", new Kind("v1", ServiceAccount.class)),
            Map.entry("ConfigMap", new Kind("v1", ConfigMap.class)),
            // Read so that the no-secret-values rule, not this list, reports a committed Secret.
            Map.entry("Secret", new Kind("v1", Secret.class)),
            Map.entry("NetworkPolicy", new Kind("networking.k8s.io/v1", NetworkPolicy.class)),
            Map.entry("Ingress", new Kind("networking.k8s.io/v1", Ingress.class)),
            Map.entry("PodDisruptionBudget", new Kind("policy/v1", PodDisruptionBudget.class)),
            Map.entry("HorizontalPodAutoscaler", new Kind("autoscaling/v2", HorizontalPodAutoscaler.class)),
            Map.entry("Kafka", new Kind("kafka.strimzi.io/v1beta2", Kafka.class)),
            Map.entry("KafkaNodePool", new Kind("kafka.strimzi.io/v1beta2", KafkaNodePool.class)),
            Map.entry("KafkaTopic", new Kind("kafka.strimzi.io/v1beta2", KafkaTopic.class)),
            Map.entry("KafkaUser", new Kind("kafka.strimzi.io/v1beta2", KafkaUser.class)),
            Map.entry("Cluster", new Kind("postgresql.cnpg.io/v1", Cluster.class)),
            Map.entry("Database", new Kind("postgresql.cnpg.io/v1", Database.class)),
            Map.entry("ScheduledBackup", new Kind("postgresql.cnpg.io/v1", ScheduledBackup.class)),
            Map.entry("ObjectStore", new Kind("barmancloud.cnpg.io/v1", ObjectStore.class)),
            Map.entry("PrometheusRule", new Kind("monitoring.coreos.com/v1", PrometheusRule.class)),
            Map.entry("ServiceMonitor", new Kind("monitoring.coreos.com/v1", ServiceMonitor.class)),
            Map.entry("PodMonitor", new Kind("monitoring.coreos.com/v1", PodMonitor.class)),
            Map.entry("Certificate", new Kind("cert-manager.io/v1", Certificate.class)));

    private Kinds() {
    }

    public static Optional<Kind> of(String kind) {
        return Optional.ofNullable(KINDS.get(kind));
    }
}
