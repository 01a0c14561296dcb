package vn.tthc.k8s.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import vn.tthc.k8s.render.Resources;

/** Secrets are referenced by name only: no Secret object (and so no secret value) is ever part of the manifests. */
final class NoSecretValues implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (ObjectNode secret : manifests.ofKind("Secret")) {
            violations.add(new Violation("no-secret-values", Resources.id(secret),
                    "Secrets are created by operators (deploy/README.md), never committed"));
        }
        return violations;
    }
}
