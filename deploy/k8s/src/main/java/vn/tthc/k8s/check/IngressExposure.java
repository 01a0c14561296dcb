package vn.tthc.k8s.check;

import static vn.tthc.k8s.check.Manifests.list;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.tthc.k8s.model.Objects;

/**
 * The Ingress exposes the APIs and the login pages only. No path leads to a management port (health, metrics),
 * except Swagger UI and the OpenAPI document where an overlay asks for them (the swagger-ui component: exactly
 * {@code /q/swagger-ui} and {@code /q/openapi}); no path is under {@code /q/health} or {@code /q/metrics}; and Keycloak
 * is reached only under {@code /realms/tthc} and {@code /resources}, never its admin console ({@code /admin}) or the
 * master realm.
 */
final class IngressExposure implements Rule {

    /** What an overlay may route to a management port. */
    static final Set<String> DOCUMENTATION_PATHS = Set.of("/q/swagger-ui", "/q/openapi");

    /** Keycloak's public paths: the realm's login and token endpoints and their static resources. */
    static final List<String> KEYCLOAK_PATHS = List.of("/realms/tthc", "/resources");

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (Ingress ingress : manifests.ofKind(Ingress.class)) {
            for (IngressRule rule : ingress.getSpec() == null ? List.<IngressRule>of() : list(ingress.getSpec().getRules())) {
                for (HTTPIngressPath path : rule.getHttp() == null ? List.<HTTPIngressPath>of() : list(rule.getHttp().getPaths())) {
                    check(manifests, ingress, rule.getHost(), path, violations);
                }
            }
        }
        return violations;
    }

    private static void check(Manifests manifests, Ingress ingress, String host, HTTPIngressPath path, List<Violation> violations) {
        String id = Objects.id(ingress);
        String route = host + (path.getPath() == null ? "/" : path.getPath());
        String prefix = path.getPath() == null ? "/" : path.getPath().replaceAll("/+$", "");
        if (prefix.equals("/q") || prefix.startsWith("/q/health") || prefix.startsWith("/q/metrics")) {
            violations.add(new Violation("ingress", id, route + " exposes health or metrics endpoints"));
        }
        var backend = path.getBackend() == null ? null : path.getBackend().getService();
        Optional<Service> service = backend == null ? Optional.empty() : manifests.find(Service.class, backend.getName());
        if (service.isEmpty()) {
            return;
        }
        List<ContainerPort> targets = CrossReferences.servicePort(service.get(), backend)
                .map(port -> CrossReferences.targets(manifests, service.get(), port)).orElse(List.of());
        boolean management = targets.stream().anyMatch(p -> "management".equals(p.getName()));
        if (management && !DOCUMENTATION_PATHS.contains(prefix)) {
            violations.add(new Violation("ingress", id, route + " leads to the management port of Service/" + backend.getName()
                    + " (health, metrics): only " + DOCUMENTATION_PATHS + " may, where an overlay asks for Swagger UI"));
        }
        boolean keycloak = CrossReferences.selected(manifests, service.get().getSpec().getSelector()).stream()
                .anyMatch(d -> "keycloak".equals(Objects.name(d)));
        if (keycloak && KEYCLOAK_PATHS.stream().noneMatch(allowed -> prefix.equals(allowed) || prefix.startsWith(allowed + "/"))) {
            violations.add(new Violation("ingress", id, route + " exposes more of Keycloak than " + KEYCLOAK_PATHS
                    + " (its admin console must not be public)"));
        }
    }
}
