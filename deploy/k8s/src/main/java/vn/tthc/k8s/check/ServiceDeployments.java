package vn.tthc.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tthc.k8s.project.ServiceConfig;

/**
 * Each service of the project has its Deployment and Service, listening on the port its configuration names,
 * probed on the Quarkus health endpoints (started, ready, live), scraped by Prometheus on /q/metrics, and given
 * more time to stop than its configured shutdown timeout plus the preStop pause.
 */
final class ServiceDeployments implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (ServiceConfig service : manifests.services()) {
            String id = "Deployment/" + service.name();
            Optional<ObjectNode> deployment = manifests.find("Deployment", service.name());
            if (deployment.isEmpty()) {
                violations.add(new Violation("service-deployment", id, "the service has no Deployment"));
                continue;
            }
            if (manifests.find("Service", service.name()).isEmpty()) {
                violations.add(new Violation("service-deployment", "Service/" + service.name(), "the service has no Service"));
            }
            JsonNode template = deployment.get().path("spec").path("template");
            JsonNode container = template.path("spec").path("containers").path(0);
            boolean portFound = false;
            for (JsonNode port : container.path("ports")) {
                portFound |= port.path("name").asText().equals("http") && port.path("containerPort").asInt() == service.httpPort();
            }
            check(violations, id, portFound, "container port 'http' must be " + service.httpPort() + " (quarkus.http.port)");
            checkProbe(violations, id, container.path("startupProbe"), "/q/health/started");
            checkProbe(violations, id, container.path("readinessProbe"), "/q/health/ready");
            checkProbe(violations, id, container.path("livenessProbe"), "/q/health/live");
            JsonNode annotations = template.path("metadata").path("annotations");
            check(violations, id, "true".equals(annotations.path("prometheus.io/scrape").asText())
                    && "/q/metrics".equals(annotations.path("prometheus.io/path").asText())
                    && String.valueOf(service.httpPort()).equals(annotations.path("prometheus.io/port").asText()),
                    "pod annotations prometheus.io/scrape, /path (/q/metrics) and /port (" + service.httpPort() + ") are required");
            manifests.configValue(container, "QUARKUS_HTTP_PORT").ifPresent(port -> check(violations, id,
                    port.equals(String.valueOf(service.httpPort())), "QUARKUS_HTTP_PORT " + port + " differs from the container port"));
            Optional<String> shutdown = manifests.configValue(container, "QUARKUS_SHUTDOWN_TIMEOUT");
            check(violations, id, shutdown.isPresent(), "QUARKUS_SHUTDOWN_TIMEOUT must come from the ConfigMap (graceful shutdown)");
            long grace = template.path("spec").path("terminationGracePeriodSeconds").asLong(30);
            long pause = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asLong(0);
            shutdown.ifPresent(timeout -> check(violations, id, grace > seconds(timeout) + pause,
                    "terminationGracePeriodSeconds " + grace + " must exceed the shutdown timeout " + timeout + " plus the preStop pause"));
        }
        return violations;
    }

    private static void checkProbe(List<Violation> violations, String id, JsonNode probe, String path) {
        JsonNode get = probe.path("httpGet");
        check(violations, id, path.equals(get.path("path").asText()) && "http".equals(get.path("port").asText()),
                "probe must GET " + path + " on port 'http'");
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
