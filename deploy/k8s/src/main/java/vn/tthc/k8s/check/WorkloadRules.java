package vn.tthc.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import vn.tthc.k8s.render.Resources;

/**
 * Every Deployment: startup, readiness and liveness probes, CPU and memory requests and a memory limit, a
 * pinned image, a non-root pod with the runtime's seccomp profile and no service-account token, containers
 * with a read-only root filesystem, no privilege escalation and no capabilities, and a graceful shutdown
 * (a preStop pause and a termination grace period).
 */
final class WorkloadRules implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (ObjectNode deployment : manifests.ofKind("Deployment")) {
            String id = Resources.id(deployment);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            require(violations, id, pod.path("securityContext").path("runAsNonRoot").asBoolean(false), "security", "pod securityContext.runAsNonRoot must be true");
            require(violations, id, "RuntimeDefault".equals(pod.path("securityContext").path("seccompProfile").path("type").asText()),
                    "security", "pod securityContext.seccompProfile.type must be RuntimeDefault");
            require(violations, id, pod.has("automountServiceAccountToken") && !pod.path("automountServiceAccountToken").asBoolean(),
                    "security", "automountServiceAccountToken must be false (no pod talks to the Kubernetes API)");
            require(violations, id, pod.path("terminationGracePeriodSeconds").canConvertToInt(), "graceful-shutdown",
                    "terminationGracePeriodSeconds is missing");
            for (JsonNode container : pod.path("containers")) {
                String where = id + " container " + container.path("name").asText();
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    require(violations, where, container.has(probe), "probes", probe + " is missing");
                }
                checkContainer(violations, where, container);
                require(violations, where, container.path("lifecycle").has("preStop"), "graceful-shutdown",
                        "lifecycle.preStop is missing (endpoints must drop the pod before it stops)");
            }
            for (JsonNode container : pod.path("initContainers")) {
                checkContainer(violations, id + " init container " + container.path("name").asText(), container);
            }
        }
        return violations;
    }

    private static void checkContainer(List<Violation> violations, String where, JsonNode container) {
        JsonNode resources = container.path("resources");
        for (String path : List.of("requests.cpu", "requests.memory", "limits.memory")) {
            String[] parts = path.split("\\.");
            require(violations, where, resources.path(parts[0]).hasNonNull(parts[1]), "resources", "resources." + path + " is missing");
        }
        String image = container.path("image").asText("");
        require(violations, where, !image.isEmpty() && (image.contains("@") || (image.lastIndexOf(':') > image.lastIndexOf('/')
                && !image.endsWith(":latest"))), "image", "image must have a tag other than latest, or a digest: " + image);
        JsonNode security = container.path("securityContext");
        require(violations, where, security.has("allowPrivilegeEscalation") && !security.path("allowPrivilegeEscalation").asBoolean(),
                "security", "securityContext.allowPrivilegeEscalation must be false");
        require(violations, where, security.path("readOnlyRootFilesystem").asBoolean(false), "security",
                "securityContext.readOnlyRootFilesystem must be true");
        require(violations, where, !security.path("privileged").asBoolean(false), "security", "must not be privileged");
        boolean dropsAll = false;
        for (JsonNode capability : security.path("capabilities").path("drop")) {
            dropsAll |= capability.asText().equals("ALL");
        }
        require(violations, where, dropsAll && security.path("capabilities").path("add").isEmpty(), "security",
                "securityContext.capabilities must drop ALL and add none");
    }

    private static void require(List<Violation> violations, String where, boolean holds, String rule, String message) {
        if (!holds) {
            violations.add(new Violation(rule, where, message));
        }
    }
}
