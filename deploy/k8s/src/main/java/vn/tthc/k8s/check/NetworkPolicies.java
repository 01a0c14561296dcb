package vn.tthc.k8s.check;

import static vn.tthc.k8s.check.Manifests.list;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tthc.k8s.model.Objects;

/**
 * Every Deployment's pods are selected by a NetworkPolicy that restricts both ingress and egress, and no
 * policy rule allows everything: each rule names its peers and its ports.
 */
final class NetworkPolicies implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        List<NetworkPolicy> policies = manifests.ofKind(NetworkPolicy.class);
        for (Deployment deployment : manifests.ofKind(Deployment.class)) {
            Map<String, String> labels = Manifests.podLabels(deployment);
            for (String type : List.of("Ingress", "Egress")) {
                boolean covered = policies.stream().anyMatch(p -> selects(p, labels) && list(p.getSpec().getPolicyTypes()).contains(type));
                if (!covered) {
                    violations.add(new Violation("network-policy", Objects.id(deployment), "no NetworkPolicy restricts its " + type.toLowerCase()));
                }
            }
        }
        for (NetworkPolicy policy : policies) {
            if (policy.getSpec() == null) {
                continue;
            }
            for (NetworkPolicyIngressRule rule : list(policy.getSpec().getIngress())) {
                if (list(rule.getFrom()).isEmpty() || list(rule.getPorts()).isEmpty()) {
                    violations.add(new Violation("network-policy", Objects.id(policy), "an ingress rule must name its peers ('from') and ports"));
                }
            }
            for (NetworkPolicyEgressRule rule : list(policy.getSpec().getEgress())) {
                if (list(rule.getTo()).isEmpty() || list(rule.getPorts()).isEmpty()) {
                    violations.add(new Violation("network-policy", Objects.id(policy), "an egress rule must name its peers ('to') and ports"));
                }
            }
        }
        return violations;
    }

    private static boolean selects(NetworkPolicy policy, Map<String, String> labels) {
        return policy.getSpec() != null && policy.getSpec().getPodSelector() != null
                && Manifests.selects(policy.getSpec().getPodSelector().getMatchLabels(), labels);
    }
}
