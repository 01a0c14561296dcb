package vn.tthc.k8s.check;

import java.util.List;

/**
 * Every object is of a kind this deployment may contain, with that kind's apiVersion, and every field is one its
 * model has (vn.tthc.k8s.model.StrictYaml): what could not be read is reported here.
 */
final class Schema implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        return manifests.schemaProblems();
    }
}
