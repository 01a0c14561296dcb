package vn.tthc.k8s.check;

import io.fabric8.kubernetes.api.model.Secret;
import java.util.List;
import vn.tthc.k8s.model.Objects;

/** Secrets are referenced by name only: no Secret object (and so no secret value) is ever part of the manifests. */
final class NoSecretValues implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        return manifests.ofKind(Secret.class).stream()
                .map(secret -> new Violation("no-secret-values", Objects.id(secret),
                        "Secrets are created by operators (deploy/README.md), never committed"))
                .toList();
    }
}
