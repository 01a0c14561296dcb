package vn.tthc.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import vn.tthc.k8s.render.Resources;

/**
 * Objects that name other objects name ones that exist: selectors select pods, Ingress backends are Services
 * with that port, PDBs and HPAs target Deployments, Strimzi resources name their Kafka, CloudNativePG resources
 * their Cluster and object store.
 */
final class CrossReferences implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (ObjectNode deployment : manifests.ofKind("Deployment")) {
            if (!subset(deployment.path("spec").path("selector").path("matchLabels"),
                    deployment.path("spec").path("template").path("metadata").path("labels"))) {
                violations.add(new Violation("reference", Resources.id(deployment), "selector does not match its pod template"));
            }
        }
        for (ObjectNode service : manifests.ofKind("Service")) {
            if (selectsNoDeployment(manifests, service.path("spec").path("selector"))) {
                violations.add(new Violation("reference", Resources.id(service), "selector matches no Deployment's pods"));
            }
        }
        for (ObjectNode pdb : manifests.ofKind("PodDisruptionBudget")) {
            if (selectsNoDeployment(manifests, pdb.path("spec").path("selector").path("matchLabels"))) {
                violations.add(new Violation("reference", Resources.id(pdb), "selector matches no Deployment's pods"));
            }
        }
        for (ObjectNode hpa : manifests.ofKind("HorizontalPodAutoscaler")) {
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            if (manifests.find(target.path("kind").asText(), target.path("name").asText()).isEmpty()) {
                violations.add(new Violation("reference", Resources.id(hpa), "scales a workload that does not exist: " + target));
            }
        }
        for (ObjectNode ingress : manifests.ofKind("Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    checkBackend(manifests, ingress, path.path("backend").path("service"), violations);
                }
            }
        }
        for (String kind : List.of("KafkaNodePool", "KafkaTopic", "KafkaUser")) {
            for (ObjectNode object : manifests.ofKind(kind)) {
                String cluster = object.path("metadata").path("labels").path("strimzi.io/cluster").asText();
                if (manifests.find("Kafka", cluster).isEmpty()) {
                    violations.add(new Violation("reference", Resources.id(object), "names a Kafka that does not exist: " + cluster));
                }
            }
        }
        for (String kind : List.of("Database", "ScheduledBackup")) {
            for (ObjectNode object : manifests.ofKind(kind)) {
                String cluster = object.path("spec").path("cluster").path("name").asText();
                if (manifests.find("Cluster", cluster).isEmpty()) {
                    violations.add(new Violation("reference", Resources.id(object), "names a Cluster that does not exist: " + cluster));
                }
            }
        }
        for (ObjectNode cluster : manifests.ofKind("Cluster")) {
            for (JsonNode plugin : cluster.path("spec").path("plugins")) {
                String store = plugin.path("parameters").path("barmanObjectName").asText("");
                if (!store.isEmpty() && manifests.find("ObjectStore", store).isEmpty()) {
                    violations.add(new Violation("reference", Resources.id(cluster), "backs up to an ObjectStore that does not exist: " + store));
                }
            }
        }
        return violations;
    }

    private static void checkBackend(Manifests manifests, ObjectNode ingress, JsonNode backend, List<Violation> violations) {
        String name = backend.path("name").asText();
        var service = manifests.find("Service", name);
        if (service.isEmpty()) {
            violations.add(new Violation("reference", Resources.id(ingress), "routes to a Service that does not exist: " + name));
            return;
        }
        JsonNode port = backend.path("port");
        boolean found = false;
        for (JsonNode servicePort : service.get().path("spec").path("ports")) {
            found |= port.has("name") ? servicePort.path("name").asText().equals(port.path("name").asText())
                    : servicePort.path("port").asInt() == port.path("number").asInt();
        }
        if (!found) {
            violations.add(new Violation("reference", Resources.id(ingress), "routes to a port Service/" + name + " lacks: " + port));
        }
    }

    static boolean selectsNoDeployment(Manifests manifests, JsonNode selector) {
        if (selector.isEmpty()) {
            return true;
        }
        return manifests.ofKind("Deployment").stream()
                .noneMatch(d -> subset(selector, d.path("spec").path("template").path("metadata").path("labels")));
    }

    static boolean subset(JsonNode selector, JsonNode labels) {
        var fields = selector.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().asText().equals(labels.path(field.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
