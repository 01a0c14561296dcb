package vn.tthc.k8s.check;

import static vn.tthc.k8s.check.Manifests.list;

import vn.tthc.k8s.model.certmanager.Certificate;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PodMetricsEndpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.tthc.k8s.model.Objects;
import vn.tthc.k8s.model.cnpg.Cluster;
import vn.tthc.k8s.model.cnpg.Database;
import vn.tthc.k8s.model.cnpg.ObjectStore;
import vn.tthc.k8s.model.cnpg.ScheduledBackup;

/**
 * Objects that name other objects name ones that exist: selectors select pods, Ingress backends are Services
 * with that port, PDBs and HPAs target Deployments, ServiceMonitors and PodMonitors select Services and pods with
 * the port they scrape, Certificates cover the Ingress's TLS hosts, Strimzi resources name their Kafka,
 * CloudNativePG resources their Cluster and object store.
 */
final class CrossReferences implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (Deployment deployment : manifests.ofKind(Deployment.class)) {
            Map<String, String> selector = deployment.getSpec() == null || deployment.getSpec().getSelector() == null ? Map.of()
                    : deployment.getSpec().getSelector().getMatchLabels();
            if (!Manifests.selects(selector, Manifests.podLabels(deployment))) {
                violations.add(new Violation("reference", Objects.id(deployment), "selector does not match its pod template"));
            }
        }
        for (Service service : manifests.ofKind(Service.class)) {
            if (selected(manifests, service.getSpec() == null ? Map.of() : service.getSpec().getSelector()).isEmpty()) {
                violations.add(new Violation("reference", Objects.id(service), "selector matches no Deployment's pods"));
            }
        }
        for (PodDisruptionBudget pdb : manifests.ofKind(PodDisruptionBudget.class)) {
            if (pdb.getSpec() == null || pdb.getSpec().getSelector() == null
                    || selected(manifests, pdb.getSpec().getSelector().getMatchLabels()).isEmpty()) {
                violations.add(new Violation("reference", Objects.id(pdb), "selector matches no Deployment's pods"));
            }
        }
        for (HorizontalPodAutoscaler hpa : manifests.ofKind(HorizontalPodAutoscaler.class)) {
            var target = hpa.getSpec() == null ? null : hpa.getSpec().getScaleTargetRef();
            if (target == null || manifests.find(String.valueOf(target.getKind()), String.valueOf(target.getName())).isEmpty()) {
                violations.add(new Violation("reference", Objects.id(hpa), "scales a workload that does not exist: "
                        + (target == null ? "none" : target.getKind() + "/" + target.getName())));
            }
        }
        for (Ingress ingress : manifests.ofKind(Ingress.class)) {
            for (HTTPIngressPath path : paths(ingress)) {
                checkBackend(manifests, ingress, path.getBackend() == null ? null : path.getBackend().getService(), violations);
            }
        }
        checkMonitors(manifests, violations);
        checkCertificates(manifests, violations);
        List<HasMetadata> strimzi = new ArrayList<>();
        strimzi.addAll(manifests.ofKind(KafkaNodePool.class));
        strimzi.addAll(manifests.ofKind(KafkaTopic.class));
        strimzi.addAll(manifests.ofKind(KafkaUser.class));
        for (HasMetadata object : strimzi) {
            String cluster = Objects.label(object, "strimzi.io/cluster").orElse("");
            if (manifests.find(Kafka.class, cluster).isEmpty()) {
                violations.add(new Violation("reference", Objects.id(object), "names a Kafka that does not exist: " + cluster));
            }
        }
        for (Database database : manifests.ofKind(Database.class)) {
            String cluster = database.getSpec() == null || database.getSpec().cluster() == null ? "" : database.getSpec().cluster().name();
            requireCluster(manifests, database, cluster, violations);
        }
        for (ScheduledBackup backup : manifests.ofKind(ScheduledBackup.class)) {
            String cluster = backup.getSpec() == null || backup.getSpec().cluster() == null ? "" : backup.getSpec().cluster().name();
            requireCluster(manifests, backup, cluster, violations);
        }
        for (Cluster cluster : manifests.ofKind(Cluster.class)) {
            for (Cluster.Plugin plugin : cluster.getSpec() == null ? List.<Cluster.Plugin>of() : list(cluster.getSpec().plugins())) {
                String store = plugin.parameters() == null ? null : plugin.parameters().get("barmanObjectName");
                if (store != null && manifests.find(ObjectStore.class, store).isEmpty()) {
                    violations.add(new Violation("reference", Objects.id(cluster), "backs up to an ObjectStore that does not exist: " + store));
                }
            }
        }
        return violations;
    }

    private static void requireCluster(Manifests manifests, HasMetadata object, String cluster, List<Violation> violations) {
        if (manifests.find(Cluster.class, String.valueOf(cluster)).isEmpty()) {
            violations.add(new Violation("reference", Objects.id(object), "names a Cluster that does not exist: " + cluster));
        }
    }

    private static void checkBackend(Manifests manifests, Ingress ingress, IngressServiceBackend backend, List<Violation> violations) {
        String name = backend == null ? "" : backend.getName();
        Optional<Service> service = manifests.find(Service.class, name);
        if (service.isEmpty()) {
            violations.add(new Violation("reference", Objects.id(ingress), "routes to a Service that does not exist: " + name));
            return;
        }
        if (servicePort(service.get(), backend).isEmpty()) {
            violations.add(new Violation("reference", Objects.id(ingress), "routes to a port Service/" + name + " lacks: "
                    + (backend.getPort() == null ? "none" : backend.getPort().getName() + "/" + backend.getPort().getNumber())));
        }
    }

    private static void checkMonitors(Manifests manifests, List<Violation> violations) {
        for (ServiceMonitor monitor : manifests.ofKind(ServiceMonitor.class)) {
            if (monitor.getSpec() == null || monitor.getSpec().getSelector() == null) {
                continue;
            }
            List<Service> services = manifests.ofKind(Service.class).stream()
                    .filter(s -> Manifests.selects(monitor.getSpec().getSelector().getMatchLabels(), s.getMetadata().getLabels())).toList();
            if (services.isEmpty()) {
                violations.add(new Violation("reference", Objects.id(monitor), "selects no Service"));
            }
            for (Endpoint endpoint : list(monitor.getSpec().getEndpoints())) {
                for (Service service : services) {
                    boolean has = list(service.getSpec().getPorts()).stream().anyMatch(p -> String.valueOf(endpoint.getPort()).equals(p.getName()));
                    if (!has) {
                        violations.add(new Violation("reference", Objects.id(monitor), "scrapes port " + endpoint.getPort()
                                + " that " + Objects.id(service) + " lacks"));
                    }
                }
            }
        }
        for (PodMonitor monitor : manifests.ofKind(PodMonitor.class)) {
            if (monitor.getSpec() == null || monitor.getSpec().getSelector() == null) {
                continue;
            }
            List<Deployment> pods = selected(manifests, monitor.getSpec().getSelector().getMatchLabels());
            if (pods.isEmpty()) {
                violations.add(new Violation("reference", Objects.id(monitor), "selects no Deployment's pods"));
            }
            for (PodMetricsEndpoint endpoint : list(monitor.getSpec().getPodMetricsEndpoints())) {
                for (Deployment deployment : pods) {
                    if (containerPort(deployment, endpoint.getPort()).isEmpty()) {
                        violations.add(new Violation("reference", Objects.id(monitor), "scrapes port " + endpoint.getPort()
                                + " that " + Objects.id(deployment) + " lacks"));
                    }
                }
            }
        }
    }

    private static void checkCertificates(Manifests manifests, List<Violation> violations) {
        for (Certificate certificate : manifests.ofKind(Certificate.class)) {
            if (certificate.getSpec() == null) {
                continue;
            }
            Set<String> names = new TreeSet<>(list(certificate.getSpec().dnsNames()));
            for (Ingress ingress : manifests.ofKind(Ingress.class)) {
                for (IngressTLS tls : ingress.getSpec() == null ? List.<IngressTLS>of() : list(ingress.getSpec().getTls())) {
                    if (certificate.getSpec().secretName().equals(tls.getSecretName()) && !names.containsAll(list(tls.getHosts()))) {
                        violations.add(new Violation("reference", Objects.id(certificate), "does not cover the hosts of "
                                + Objects.id(ingress) + " that use " + tls.getSecretName() + ": " + list(tls.getHosts())));
                    }
                }
            }
        }
    }

    /** The Deployments whose pods the selector selects. */
    static List<Deployment> selected(Manifests manifests, Map<String, String> selector) {
        return manifests.ofKind(Deployment.class).stream().filter(d -> Manifests.selects(selector, Manifests.podLabels(d))).toList();
    }

    /** Every HTTP path of an Ingress. */
    static List<HTTPIngressPath> paths(Ingress ingress) {
        List<HTTPIngressPath> paths = new ArrayList<>();
        for (IngressRule rule : ingress.getSpec() == null ? List.<IngressRule>of() : list(ingress.getSpec().getRules())) {
            if (rule.getHttp() != null) {
                paths.addAll(list(rule.getHttp().getPaths()));
            }
        }
        return paths;
    }

    /** The Service port an Ingress backend names, by name or number. */
    static Optional<ServicePort> servicePort(Service service, IngressServiceBackend backend) {
        if (backend == null || backend.getPort() == null || service.getSpec() == null) {
            return Optional.empty();
        }
        return list(service.getSpec().getPorts()).stream()
                .filter(p -> backend.getPort().getName() != null ? backend.getPort().getName().equals(p.getName())
                        : backend.getPort().getNumber() != null && backend.getPort().getNumber().equals(p.getPort()))
                .findFirst();
    }

    /** The container port of a Deployment that a Service port (or a monitor's port name) leads to. */
    static Optional<ContainerPort> containerPort(Deployment deployment, String nameOrNumber) {
        for (var container : Manifests.containers(deployment)) {
            for (ContainerPort port : list(container.getPorts())) {
                if (String.valueOf(nameOrNumber).equals(port.getName()) || String.valueOf(nameOrNumber).equals(String.valueOf(port.getContainerPort()))) {
                    return Optional.of(port);
                }
            }
        }
        return Optional.empty();
    }

    /** The container ports a Service port leads to, in the Deployments the Service selects. */
    static List<ContainerPort> targets(Manifests manifests, Service service, ServicePort port) {
        String target = port.getTargetPort() == null ? String.valueOf(port.getPort())
                : port.getTargetPort().getStrVal() != null ? port.getTargetPort().getStrVal() : String.valueOf(port.getTargetPort().getIntVal());
        return selected(manifests, service.getSpec().getSelector()).stream()
                .map(d -> containerPort(d, target)).flatMap(Optional::stream).toList();
    }
}
