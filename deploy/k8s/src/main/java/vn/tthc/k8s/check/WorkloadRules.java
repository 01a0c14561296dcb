package vn.tthc.k8s.check;

import static vn.tthc.k8s.check.Manifests.list;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tthc.k8s.model.Objects;

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
        for (Deployment deployment : manifests.ofKind(Deployment.class)) {
            String id = Objects.id(deployment);
            PodSpec pod = Manifests.pod(deployment);
            var security = pod.getSecurityContext();
            require(violations, id, security != null && Boolean.TRUE.equals(security.getRunAsNonRoot()), "security",
                    "pod securityContext.runAsNonRoot must be true");
            require(violations, id, security != null && security.getSeccompProfile() != null
                    && "RuntimeDefault".equals(security.getSeccompProfile().getType()), "security",
                    "pod securityContext.seccompProfile.type must be RuntimeDefault");
            require(violations, id, Boolean.FALSE.equals(pod.getAutomountServiceAccountToken()), "security",
                    "automountServiceAccountToken must be false (no pod talks to the Kubernetes API)");
            require(violations, id, pod.getTerminationGracePeriodSeconds() != null, "graceful-shutdown", "terminationGracePeriodSeconds is missing");
            for (Container container : list(pod.getContainers())) {
                String where = id + " container " + container.getName();
                require(violations, where, container.getStartupProbe() != null, "probes", "startupProbe is missing");
                require(violations, where, container.getReadinessProbe() != null, "probes", "readinessProbe is missing");
                require(violations, where, container.getLivenessProbe() != null, "probes", "livenessProbe is missing");
                checkContainer(violations, where, container);
                require(violations, where, container.getLifecycle() != null && container.getLifecycle().getPreStop() != null,
                        "graceful-shutdown", "lifecycle.preStop is missing (endpoints must drop the pod before it stops)");
            }
            for (Container container : list(pod.getInitContainers())) {
                checkContainer(violations, id + " init container " + container.getName(), container);
            }
        }
        return violations;
    }

    private static void checkContainer(List<Violation> violations, String where, Container container) {
        ResourceRequirements resources = container.getResources() == null ? new ResourceRequirements() : container.getResources();
        Map<String, ?> requests = resources.getRequests() == null ? Map.of() : resources.getRequests();
        Map<String, ?> limits = resources.getLimits() == null ? Map.of() : resources.getLimits();
        require(violations, where, requests.containsKey("cpu"), "resources", "resources.requests.cpu is missing");
        require(violations, where, requests.containsKey("memory"), "resources", "resources.requests.memory is missing");
        require(violations, where, limits.containsKey("memory"), "resources", "resources.limits.memory is missing");
        String image = container.getImage() == null ? "" : container.getImage();
        require(violations, where, !image.isEmpty() && (image.contains("@") || (image.lastIndexOf(':') > image.lastIndexOf('/')
                && !image.endsWith(":latest"))), "image", "image must have a tag other than latest, or a digest: " + image);
        SecurityContext security = container.getSecurityContext() == null ? new SecurityContext() : container.getSecurityContext();
        require(violations, where, Boolean.FALSE.equals(security.getAllowPrivilegeEscalation()), "security",
                "securityContext.allowPrivilegeEscalation must be false");
        require(violations, where, Boolean.TRUE.equals(security.getReadOnlyRootFilesystem()), "security",
                "securityContext.readOnlyRootFilesystem must be true");
        require(violations, where, !Boolean.TRUE.equals(security.getPrivileged()), "security", "must not be privileged");
        var capabilities = security.getCapabilities();
        require(violations, where, capabilities != null && list(capabilities.getDrop()).contains("ALL") && list(capabilities.getAdd()).isEmpty(),
                "security", "securityContext.capabilities must drop ALL and add none");
    }

    private static void require(List<Violation> violations, String where, boolean holds, String rule, String message) {
        if (!holds) {
            violations.add(new Violation(rule, where, message));
        }
    }
}
