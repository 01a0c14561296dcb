package vn.tthc.k8s.check;

import static vn.tthc.k8s.check.Manifests.list;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.tthc.k8s.model.Objects;
import vn.tthc.k8s.project.ServiceConfig;

/**
 * No default secrets: each service's Deployment sets every secret its configuration requires in production
 * ({@code tthc.secrets.required}; without them the service refuses to start) from a Secret; no variable named like a
 * secret or password comes from a ConfigMap; and no ConfigMap holds one of the local stack's values.
 */
final class ProductionSecrets implements Rule {

    /** Words only the local stack's (public) values contain. */
    static final List<String> LOCAL_MARKERS = List.of("change-me", "changeme", "local-secret", "local-stack");

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (ServiceConfig service : manifests.services()) {
            Optional<Deployment> deployment = manifests.find(Deployment.class, service.name());
            if (deployment.isEmpty()) {
                continue;
            }
            Container container = Manifests.mainContainer(deployment.get());
            for (String variable : service.requiredSecretVariables()) {
                if (Manifests.secretOf(container, variable).isEmpty()) {
                    violations.add(new Violation("production-secrets", Objects.id(deployment.get()), variable
                            + " must come from a Secret: " + service.name() + " refuses to start in production without it"));
                }
            }
        }
        for (Deployment deployment : manifests.ofKind(Deployment.class)) {
            for (Container container : Manifests.containers(deployment)) {
                for (EnvVar env : list(container.getEnv())) {
                    String name = env.getName() == null ? "" : env.getName().toUpperCase(Locale.ROOT);
                    boolean secretLike = name.contains("SECRET") || name.contains("PASSWORD") || name.contains("JAAS");
                    if (secretLike && (env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null)) {
                        violations.add(new Violation("production-secrets", Objects.id(deployment), env.getName() + " must come from a Secret"));
                    }
                }
            }
        }
        for (ConfigMap map : manifests.ofKind(ConfigMap.class)) {
            Map<String, String> data = map.getData() == null ? Map.of() : map.getData();
            data.forEach((key, value) -> {
                String lower = String.valueOf(value).toLowerCase(Locale.ROOT);
                if (LOCAL_MARKERS.stream().anyMatch(lower::contains)) {
                    violations.add(new Violation("production-secrets", Objects.id(map), key + " holds a local stack's value"));
                }
            });
        }
        return violations;
    }
}
