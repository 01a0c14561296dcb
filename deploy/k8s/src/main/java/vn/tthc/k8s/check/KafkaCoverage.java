package vn.tthc.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tthc.k8s.project.ServiceConfig;
import vn.tthc.k8s.render.Resources;

/**
 * Every topic a service's configuration names (consumed, produced, dead-letter) has its KafkaTopic, and the
 * service's KafkaUser may do exactly what the service does: Read the topics it consumes and its consumer
 * groups, Write the topics it produces to and its dead-letter topics, nothing else (no prefixes or wildcards,
 * no All, no cluster or transactional-id rights). Each Deployment authenticates as its own KafkaUser. Topics no
 * service uses are reported (except {@code <topic>.dlt} of a used topic: every topic has its dead-letter topic
 * ready before a consumer needs it), dead-letter topics are never compacted, replication is consistent with
 * min.insync.replicas, and brokers never create topics on their own.
 */
final class KafkaCoverage implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        Map<String, ObjectNode> topics = new TreeMap<>();
        for (ObjectNode topic : manifests.ofKind("KafkaTopic")) {
            topics.put(topic.path("spec").path("topicName").asText(Resources.name(topic)), topic);
        }
        Set<String> used = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        for (ServiceConfig service : manifests.services()) {
            used.addAll(service.allTopics());
            deadLetters.addAll(service.deadLetterTopics());
            for (String topic : service.allTopics()) {
                if (!topics.containsKey(topic)) {
                    violations.add(new Violation("kafka-topic", "KafkaTopic/" + topic, service.name() + " uses topic " + topic + " but it has no KafkaTopic"));
                }
            }
            checkUser(manifests, service, violations);
        }
        topics.forEach((name, topic) -> {
            if (!used.contains(name) && !(name.endsWith(".dlt") && used.contains(name.substring(0, name.length() - 4)))) {
                violations.add(new Violation("kafka-topic", Resources.id(topic), "no service uses topic " + name));
            }
            checkTopicSettings(topic, deadLetters.contains(name), violations);
        });
        for (ObjectNode kafka : manifests.ofKind("Kafka")) {
            if (kafka.path("spec").path("kafka").path("config").path("auto.create.topics.enable").asBoolean(true)) {
                violations.add(new Violation("kafka-topic", Resources.id(kafka), "auto.create.topics.enable must be false"));
            }
        }
        return violations;
    }

    private static void checkUser(Manifests manifests, ServiceConfig service, List<Violation> violations) {
        Optional<ObjectNode> user = manifests.find("KafkaUser", service.name());
        if (user.isEmpty()) {
            violations.add(new Violation("kafka-acl", "KafkaUser/" + service.name(), "the service has no KafkaUser"));
            return;
        }
        String id = Resources.id(user.get());
        Map<String, Set<String>> granted = new TreeMap<>();
        for (JsonNode acl : user.get().path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            String type = resource.path("type").asText();
            String name = resource.path("name").asText();
            String key = type + ":" + name;
            if (!resource.path("patternType").asText("literal").equals("literal") || name.contains("*")) {
                violations.add(new Violation("kafka-acl", id, "ACL on " + key + " must name one resource (literal, no wildcard)"));
            }
            if (!"allow".equals(acl.path("type").asText("allow"))) {
                continue;
            }
            Set<String> operations = granted.computeIfAbsent(key, k -> new TreeSet<>());
            acl.path("operations").forEach(op -> operations.add(op.asText()));
            if (acl.has("operation")) {
                operations.add(acl.get("operation").asText());
            }
        }
        for (String topic : service.consumedTopics()) {
            require(violations, id, granted, "topic:" + topic, "Read");
        }
        for (String topic : service.writtenTopics()) {
            require(violations, id, granted, "topic:" + topic, "Write");
        }
        for (String group : service.consumerGroups()) {
            require(violations, id, granted, "group:" + group, "Read");
        }
        granted.forEach((resource, operations) -> {
            Set<String> needed = needed(service, resource);
            for (String operation : operations) {
                if (!needed.contains(operation)) {
                    violations.add(new Violation("kafka-acl", id, operation + " on " + resource
                            + " is more than " + service.name() + "'s configuration needs"));
                }
            }
        });
        for (var deployment : manifests.find("Deployment", service.name()).stream().toList()) {
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").path(0);
            Optional<String> secret = Manifests.secretOf(container, "KAFKA_SASL_JAAS_CONFIG");
            if (secret.isEmpty() || !secret.get().equals(service.name())) {
                violations.add(new Violation("kafka-acl", Resources.id(deployment),
                        "KAFKA_SASL_JAAS_CONFIG must come from the Secret of KafkaUser/" + service.name()));
            }
        }
    }

    private static Set<String> needed(ServiceConfig service, String resource) {
        Set<String> needed = new TreeSet<>();
        String name = resource.substring(resource.indexOf(':') + 1);
        if (resource.startsWith("topic:")) {
            if (service.consumedTopics().contains(name)) {
                needed.addAll(Set.of("Read", "Describe"));
            }
            if (service.writtenTopics().contains(name)) {
                needed.addAll(Set.of("Write", "Describe"));
            }
        } else if (resource.startsWith("group:") && service.consumerGroups().contains(name)) {
            needed.add("Read");
        }
        return needed;
    }

    private static void require(List<Violation> violations, String id, Map<String, Set<String>> granted, String resource, String operation) {
        if (!granted.getOrDefault(resource, Set.of()).contains(operation)) {
            violations.add(new Violation("kafka-acl", id, "lacks " + operation + " on " + resource));
        }
    }

    private static void checkTopicSettings(ObjectNode topic, boolean deadLetter, List<Violation> violations) {
        JsonNode config = topic.path("spec").path("config");
        int replicas = topic.path("spec").path("replicas").asInt();
        int minInSync = config.path("min.insync.replicas").asInt(1);
        String id = Resources.id(topic);
        if (minInSync > replicas || (replicas >= 3 && minInSync < 2)) {
            violations.add(new Violation("kafka-topic", id, "min.insync.replicas " + minInSync + " does not suit " + replicas + " replicas"));
        }
        String cleanup = config.path("cleanup.policy").asText("delete");
        if (deadLetter && cleanup.contains("compact")) {
            violations.add(new Violation("kafka-topic", id, "a dead-letter topic must not be compacted (records may lack keys)"));
        }
        if (!cleanup.contains("compact") && !config.has("retention.ms")) {
            violations.add(new Violation("kafka-topic", id, "retention.ms must be chosen explicitly"));
        }
    }
}
