package vn.tthc.k8s.check;

import static vn.tthc.k8s.check.Manifests.list;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tthc.k8s.project.ServiceConfig;

/**
 * Each service of the project has its Deployment and Service; the container listens on the API port (named
 * {@code http}) and the management port (named {@code management}) its configuration names; the probes use the
 * Quarkus health endpoints on the management port; where the overlay has the Prometheus Operator's resources
 * (the monitoring component), a ServiceMonitor or PodMonitor scrapes {@code /q/metrics} on the management port; and
 * the pod gets more time to stop than its configured shutdown timeout plus the preStop pause.
 */
final class ServiceDeployments implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        boolean monitored = !manifests.ofKind(PrometheusRule.class).isEmpty() || !manifests.ofKind(ServiceMonitor.class).isEmpty()
                || !manifests.ofKind(PodMonitor.class).isEmpty();
        for (ServiceConfig service : manifests.services()) {
            String id = "Deployment/" + service.name();
            Optional<Deployment> deployment = manifests.find(Deployment.class, service.name());
            if (deployment.isEmpty()) {
                violations.add(new Violation("service-deployment", id, "the service has no Deployment"));
                continue;
            }
            if (manifests.find(Service.class, service.name()).isEmpty()) {
                violations.add(new Violation("service-deployment", "Service/" + service.name(), "the service has no Service"));
            }
            Container container = Manifests.mainContainer(deployment.get());
            check(violations, id, hasPort(container, "http", service.httpPort()),
                    "container port 'http' must be " + service.httpPort() + " (quarkus.http.port)");
            check(violations, id, service.managementPort() > 0, "quarkus.management.enabled must be true: health and metrics"
                    + " belong on a port the Ingress never routes to");
            check(violations, id, hasPort(container, "management", service.managementPort()),
                    "container port 'management' must be " + service.managementPort() + " (quarkus.management.port)");
            checkProbe(violations, id, container.getStartupProbe(), "/q/health/started");
            checkProbe(violations, id, container.getReadinessProbe(), "/q/health/ready");
            checkProbe(violations, id, container.getLivenessProbe(), "/q/health/live");
            manifests.configValue(container, "QUARKUS_HTTP_PORT").ifPresent(port -> check(violations, id,
                    port.equals(String.valueOf(service.httpPort())), "QUARKUS_HTTP_PORT " + port + " differs from the container port"));
            manifests.configValue(container, "QUARKUS_MANAGEMENT_PORT").ifPresent(port -> check(violations, id,
                    port.equals(String.valueOf(service.managementPort())), "QUARKUS_MANAGEMENT_PORT " + port + " differs from the container port"));
            if (monitored) {
                check(violations, id, scraped(manifests, deployment.get()), "no ServiceMonitor or PodMonitor scrapes /q/metrics on its"
                        + " 'management' port");
            }
            Optional<String> shutdown = manifests.configValue(container, "QUARKUS_SHUTDOWN_TIMEOUT");
            check(violations, id, shutdown.isPresent(), "QUARKUS_SHUTDOWN_TIMEOUT must come from the ConfigMap (graceful shutdown)");
            long grace = Optional.ofNullable(Manifests.pod(deployment.get()).getTerminationGracePeriodSeconds()).orElse(30L);
            long pause = container.getLifecycle() == null || container.getLifecycle().getPreStop() == null
                    || container.getLifecycle().getPreStop().getSleep() == null ? 0
                    : container.getLifecycle().getPreStop().getSleep().getSeconds();
            shutdown.ifPresent(timeout -> check(violations, id, grace > seconds(timeout) + pause,
                    "terminationGracePeriodSeconds " + grace + " must exceed the shutdown timeout " + timeout + " plus the preStop pause"));
        }
        return violations;
    }

    private static boolean hasPort(Container container, String name, int number) {
        return list(container.getPorts()).stream().anyMatch(p -> name.equals(p.getName()) && Integer.valueOf(number).equals(p.getContainerPort()));
    }

    /** Whether a ServiceMonitor (through a Service selecting the pods) or a PodMonitor scrapes /q/metrics on 'management'. */
    private static boolean scraped(Manifests manifests, Deployment deployment) {
        for (PodMonitor monitor : manifests.ofKind(PodMonitor.class)) {
            if (monitor.getSpec() != null && monitor.getSpec().getSelector() != null
                    && Manifests.selects(monitor.getSpec().getSelector().getMatchLabels(), Manifests.podLabels(deployment))
                    && list(monitor.getSpec().getPodMetricsEndpoints()).stream()
                    .anyMatch(e -> "management".equals(e.getPort()) && "/q/metrics".equals(e.getPath()))) {
                return true;
            }
        }
        for (ServiceMonitor monitor : manifests.ofKind(ServiceMonitor.class)) {
            if (monitor.getSpec() == null || monitor.getSpec().getSelector() == null) {
                continue;
            }
            for (Service service : manifests.ofKind(Service.class)) {
                if (!Manifests.selects(monitor.getSpec().getSelector().getMatchLabels(), service.getMetadata().getLabels())
                        || !Manifests.selects(service.getSpec().getSelector(), Manifests.podLabels(deployment))) {
                    continue;
                }
                for (var endpoint : list(monitor.getSpec().getEndpoints())) {
                    boolean toManagement = list(service.getSpec().getPorts()).stream()
                            .filter(p -> String.valueOf(endpoint.getPort()).equals(p.getName()))
                            .flatMap(p -> CrossReferences.targets(manifests, service, p).stream())
                            .map(ContainerPort::getName).anyMatch("management"::equals);
                    if (toManagement && "/q/metrics".equals(endpoint.getPath())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void checkProbe(List<Violation> violations, String id, Probe probe, String path) {
        var get = probe == null ? null : probe.getHttpGet();
        check(violations, id, get != null && path.equals(get.getPath()) && get.getPort() != null && "management".equals(get.getPort().getStrVal()),
                "probe must GET " + path + " on port 'management'");
    }

    static long seconds(String duration) {
        String text = duration.trim();
        if (text.matches("\\d+")) {
            return Long.parseLong(text);
        }
        if (text.matches("\\d+s")) {
            return Long.parseLong(text.substring(0, text.length() - 1));
        }
        if (text.matches("\\d+m")) {
            return 60 * Long.parseLong(text.substring(0, text.length() - 1));
        }
        return Duration.parse(text).toSeconds();
    }

    private static void check(List<Violation> violations, String id, boolean holds, String message) {
        if (!holds) {
            violations.add(new Violation("service-deployment", id, message));
        }
    }
}
