package vn.tthc.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import vn.tthc.k8s.render.Resources;

/**
 * Every Deployment's pods are selected by a NetworkPolicy that restricts both ingress and egress, and no
 * policy rule allows everything: each rule names its peers and its ports.
 */
final class NetworkPolicies implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        List<ObjectNode> policies = manifests.ofKind("NetworkPolicy");
        for (ObjectNode deployment : manifests.ofKind("Deployment")) {
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            for (String type : List.of("Ingress", "Egress")) {
                boolean covered = policies.stream().anyMatch(p -> selects(p, labels) && hasType(p, type));
                if (!covered) {
                    violations.add(new Violation("network-policy", Resources.id(deployment), "no NetworkPolicy restricts its " + type.toLowerCase()));
                }
            }
        }
        for (ObjectNode policy : policies) {
            for (String direction : List.of("ingress", "egress")) {
                String peers = direction.equals("ingress") ? "from" : "to";
                for (JsonNode rule : policy.path("spec").path(direction)) {
                    if (rule.path(peers).isEmpty() || rule.path("ports").isEmpty()) {
                        violations.add(new Violation("network-policy", Resources.id(policy),
                                "an " + direction + " rule must name its peers ('" + peers + "') and ports"));
                    }
                }
            }
        }
        return violations;
    }

    private static boolean selects(ObjectNode policy, JsonNode labels) {
        JsonNode selector = policy.path("spec").path("podSelector").path("matchLabels");
        return !selector.isEmpty() && CrossReferences.subset(selector, labels);
    }

    private static boolean hasType(ObjectNode policy, String type) {
        for (JsonNode policyType : policy.path("spec").path("policyTypes")) {
            if (policyType.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
