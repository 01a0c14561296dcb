package vn.tthc.k8s.check;

import static vn.tthc.k8s.check.Manifests.list;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tthc.k8s.model.Objects;
import vn.tthc.k8s.project.ServiceConfig;

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
        Map<String, KafkaTopic> topics = new TreeMap<>();
        for (KafkaTopic topic : manifests.ofKind(KafkaTopic.class)) {
            String name = topic.getSpec() == null || topic.getSpec().getTopicName() == null ? Objects.name(topic) : topic.getSpec().getTopicName();
            topics.put(name, topic);
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
                violations.add(new Violation("kafka-topic", Objects.id(topic), "no service uses topic " + name));
            }
            checkTopicSettings(topic, deadLetters.contains(name), violations);
        });
        for (Kafka kafka : manifests.ofKind(Kafka.class)) {
            Map<String, Object> config = kafka.getSpec() == null || kafka.getSpec().getKafka() == null
                    || kafka.getSpec().getKafka().getConfig() == null ? Map.of() : kafka.getSpec().getKafka().getConfig();
            if (!"false".equals(String.valueOf(config.get("auto.create.topics.enable")))) {
                violations.add(new Violation("kafka-topic", Objects.id(kafka), "auto.create.topics.enable must be false"));
            }
        }
        return violations;
    }

    private static void checkUser(Manifests manifests, ServiceConfig service, List<Violation> violations) {
        Optional<KafkaUser> user = manifests.find(KafkaUser.class, service.name());
        if (user.isEmpty()) {
            violations.add(new Violation("kafka-acl", "KafkaUser/" + service.name(), "the service has no KafkaUser"));
            return;
        }
        String id = Objects.id(user.get());
        Map<String, Set<String>> granted = new TreeMap<>();
        List<AclRule> acls = user.get().getSpec() != null && user.get().getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple
                ? list(simple.getAcls()) : List.of();
        for (AclRule acl : acls) {
            String key = resource(acl);
            if (acl.getResource() instanceof AclRuleTopicResource topic && topic.getPatternType() == AclResourcePatternType.PREFIX
                    || acl.getResource() instanceof AclRuleGroupResource group && group.getPatternType() == AclResourcePatternType.PREFIX
                    || key.contains("*")) {
                violations.add(new Violation("kafka-acl", id, "ACL on " + key + " must name one resource (literal, no wildcard)"));
            }
            if (acl.getType() == AclRuleType.DENY) {
                continue;
            }
            Set<String> operations = granted.computeIfAbsent(key, k -> new TreeSet<>());
            list(acl.getOperations()).forEach(op -> operations.add(op.toValue()));
            if (acl.getOperation() != null) {
                operations.add(acl.getOperation().toValue());
            }
        }
        for (String topic : service.consumedTopics()) {
            require(violations, id, granted, "topic:" + topic, AclOperation.READ.toValue());
        }
        for (String topic : service.writtenTopics()) {
            require(violations, id, granted, "topic:" + topic, AclOperation.WRITE.toValue());
        }
        for (String group : service.consumerGroups()) {
            require(violations, id, granted, "group:" + group, AclOperation.READ.toValue());
        }
        granted.forEach((resource, operations) -> {
            Set<String> needed = needed(service, resource);
            for (String operation : operations) {
                if (!needed.contains(operation)) {
                    violations.add(new Violation("kafka-acl", id, operation + " on " + resource + " is more than " + service.name()
                            + "'s configuration needs"));
                }
            }
        });
        for (Deployment deployment : manifests.find(Deployment.class, service.name()).stream().toList()) {
            Optional<String> secret = Manifests.secretOf(Manifests.mainContainer(deployment), "KAFKA_SASL_JAAS_CONFIG");
            if (secret.isEmpty() || !secret.get().equals(service.name())) {
                violations.add(new Violation("kafka-acl", Objects.id(deployment),
                        "KAFKA_SASL_JAAS_CONFIG must come from the Secret of KafkaUser/" + service.name()));
            }
        }
    }

    /** "topic:name", "group:name", or the resource type alone (cluster, transactionalId). */
    private static String resource(AclRule acl) {
        if (acl.getResource() instanceof AclRuleTopicResource topic) {
            return "topic:" + topic.getName();
        }
        if (acl.getResource() instanceof AclRuleGroupResource group) {
            return "group:" + group.getName();
        }
        return acl.getResource() == null ? "none" : acl.getResource().getType();
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

    private static void checkTopicSettings(KafkaTopic topic, boolean deadLetter, List<Violation> violations) {
        Map<String, Object> config = topic.getSpec() == null || topic.getSpec().getConfig() == null ? Map.of() : topic.getSpec().getConfig();
        int replicas = topic.getSpec() == null || topic.getSpec().getReplicas() == null ? 0 : topic.getSpec().getReplicas();
        int minInSync = config.containsKey("min.insync.replicas") ? Integer.parseInt(String.valueOf(config.get("min.insync.replicas"))) : 1;
        String id = Objects.id(topic);
        if (minInSync > replicas || (replicas >= 3 && minInSync < 2)) {
            violations.add(new Violation("kafka-topic", id, "min.insync.replicas " + minInSync + " does not suit " + replicas + " replicas"));
        }
        String cleanup = String.valueOf(config.getOrDefault("cleanup.policy", "delete"));
        if (deadLetter && cleanup.contains("compact")) {
            violations.add(new Violation("kafka-topic", id, "a dead-letter topic must not be compacted (records may lack keys)"));
        }
        if (!cleanup.contains("compact") && !config.containsKey("retention.ms")) {
            violations.add(new Violation("kafka-topic", id, "retention.ms must be chosen explicitly"));
        }
    }
}
