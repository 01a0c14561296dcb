package vn.tthc.k8s.check;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a rendered overlay and collects what is broken. */
public final class ManifestChecker {

    private final List<Rule> rules = List.of(
            new Schema(),
            new RequiredFields(),
            new NoSecretValues(),
            new CrossReferences(),
            new WorkloadRules(),
            new ServiceDeployments(),
            new ConfigReferences(),
            new ProductionSecrets(),
            new IngressExposure(),
            new KafkaCoverage(),
            new DatabaseCoverage(),
            new NetworkPolicies(),
            new RealmRules());

    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : rules) {
            violations.addAll(rule.check(manifests));
        }
        return violations;
    }
}
