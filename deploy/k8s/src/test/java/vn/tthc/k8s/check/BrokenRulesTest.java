package vn.tthc.k8s.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.tthc.k8s.Deployment;
import vn.tthc.k8s.project.ServiceConfig;
import vn.tthc.k8s.render.Resources;
import vn.tthc.k8s.render.Yaml;

/** Each rule, broken on purpose in the rendered prod overlay, is reported. */
class BrokenRulesTest {

    private final ManifestChecker checker = new ManifestChecker();

    @Test
    void a_deployment_without_probes() {
        assertThat(violationsAfter(objects -> container(objects, "plan-service").remove("readinessProbe")))
                .anySatisfy(v -> assertThat(v.toString()).contains("[probes]", "plan-service", "readinessProbe"));
    }

    @Test
    void a_deployment_without_resources_or_a_read_only_root() {
        assertThat(violationsAfter(objects -> {
            container(objects, "feedback-service").remove("resources");
            ((ObjectNode) container(objects, "feedback-service").get("securityContext")).put("readOnlyRootFilesystem", false);
        })).extracting(Violation::rule).contains("resources", "security");
    }

    @Test
    void probes_off_the_quarkus_health_endpoints() {
        assertThat(violationsAfter(objects -> ((ObjectNode) container(objects, "reporting-service").path("livenessProbe")
                .path("httpGet")).put("path", "/")))
                .anySatisfy(v -> assertThat(v.toString()).contains("service-deployment", "/q/health/live"));
    }

    @Test
    void a_topic_without_its_kafka_topic() {
        assertThat(violationsAfter(objects -> objects.removeIf(o -> Resources.kind(o).equals("KafkaTopic")
                && o.path("spec").path("topicName").asText().equals("plan.units.dlt"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[kafka-topic]", "plan.units.dlt"));
    }

    @Test
    void a_consumer_group_without_its_acl() {
        assertThat(violationsAfter(objects -> acls(objects, "feedback-service")
                .removeIf(acl -> acl.path("resource").path("type").asText().equals("group"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[kafka-acl]", "group:feedback-service"));
    }

    @Test
    void an_acl_beyond_the_services_own_topics() {
        assertThat(violationsAfter(objects -> acls(objects, "plan-service").add(Yaml.MAPPER.createObjectNode()
                .<ObjectNode>set("resource", Yaml.MAPPER.createObjectNode().put("type", "topic").put("name", "feedback.events"))
                .set("operations", Yaml.MAPPER.createArrayNode().add("Read")))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[kafka-acl]", "Read on topic:feedback.events"));
        assertThat(violationsAfter(objects -> acls(objects, "plan-service").add(Yaml.MAPPER.createObjectNode()
                .<ObjectNode>set("resource", Yaml.MAPPER.createObjectNode().put("type", "topic").put("name", "plan.")
                        .put("patternType", "prefix"))
                .set("operations", Yaml.MAPPER.createArrayNode().add("Write")))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[kafka-acl]", "literal"));
    }

    @Test
    void a_new_channel_in_a_services_configuration_without_topic_or_acl() {
        Manifests prod = Deployment.overlay("prod");
        List<ServiceConfig> services = new ArrayList<>();
        for (ServiceConfig service : prod.services()) {
            if (service.name().equals("feedback-service")) {
                Set<String> consumed = new TreeSet<>(service.consumedTopics());
                consumed.add("reporting.events");
                consumed.add("feedback.petitions");
                Set<String> dlts = new TreeSet<>(service.deadLetterTopics());
                dlts.add("feedback.petitions.dlt");
                service = new ServiceConfig(service.name(), service.httpPort(), service.database(), consumed,
                        service.producedTopics(), dlts, service.consumerGroups());
            }
            services.add(service);
        }
        List<Violation> violations = checker.check(new Manifests(prod.objects(), services, prod.documentedSecrets()));
        assertThat(violations).anySatisfy(v -> assertThat(v.toString()).contains("[kafka-topic]", "feedback.petitions.dlt"));
        assertThat(violations).anySatisfy(v -> assertThat(v.toString()).contains("[kafka-acl]", "Read on topic:reporting.events"));
    }

    @Test
    void an_environment_variable_with_a_literal_or_an_unknown_key() {
        assertThat(violationsAfter(objects -> {
            ArrayNode env = (ArrayNode) container(objects, "plan-service").get("env");
            env.addObject().put("name", "LITERAL").put("value", "x");
            env.addObject().put("name", "UNDOCUMENTED").putObject("valueFrom").putObject("secretKeyRef")
                    .put("name", "nobody-made-this").put("key", "k");
            env.addObject().put("name", "MISSING_KEY").putObject("valueFrom").putObject("configMapKeyRef")
                    .put("name", "plan-service-config").put("key", "NOT_THERE");
        })).filteredOn(v -> v.rule().equals("config-reference")).hasSize(3);
    }

    @Test
    void a_service_database_missing_from_the_cluster() {
        assertThat(violationsAfter(objects -> objects.removeIf(o -> Resources.id(o).equals("Database/tthc-reporting"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[database]", "reporting"));
    }

    @Test
    void credentials_from_another_services_secret() {
        assertThat(violationsAfter(objects -> {
            for (var env : container(objects, "feedback-service").get("env")) {
                if (env.path("name").asText().equals("QUARKUS_DATASOURCE_PASSWORD")) {
                    ((ObjectNode) env.path("valueFrom").path("secretKeyRef")).put("name", "tthc-db-plan");
                }
            }
        })).anySatisfy(v -> assertThat(v.toString()).contains("[database]", "QUARKUS_DATASOURCE_PASSWORD"));
    }

    @Test
    void an_unknown_kind_a_committed_secret_and_a_missing_field() {
        assertThat(violationsAfter(objects -> {
            ObjectNode secret = Yaml.MAPPER.createObjectNode().put("apiVersion", "v1").put("kind", "Secret");
            secret.putObject("metadata").put("name", "oops").put("namespace", "tthc");
            objects.add(secret);
            ObjectNode pod = Yaml.MAPPER.createObjectNode().put("apiVersion", "v1").put("kind", "Pod");
            pod.putObject("metadata").put("name", "stray").put("namespace", "tthc");
            objects.add(pod);
            ((ObjectNode) find(objects, "KafkaTopic", "plan-events").get("spec")).remove("partitions");
        })).extracting(Violation::rule).contains("no-secret-values", "known-kind", "required-field");
    }

    @Test
    void a_number_in_a_config_map() {
        assertThat(violationsAfter(objects -> ((ObjectNode) find(objects, "ConfigMap", "plan-service-config").get("data"))
                .put("QUARKUS_HTTP_PORT", 8081)))
                .anySatisfy(v -> assertThat(v.toString()).contains("[required-field]", "data.QUARKUS_HTTP_PORT must be a string"));
    }

    @Test
    void a_deployment_without_network_policy() {
        assertThat(violationsAfter(objects -> objects.removeIf(o -> Resources.id(o).equals("NetworkPolicy/keycloak"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[network-policy]", "Deployment/keycloak"));
    }

    @Test
    void an_ingress_to_a_missing_service() {
        assertThat(violationsAfter(objects -> objects.removeIf(o -> Resources.id(o).equals("Service/feedback-service"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[reference]", "Ingress/tthc", "feedback-service"));
    }

    private List<Violation> violationsAfter(Consumer<List<ObjectNode>> breakIt) {
        Manifests prod = Deployment.overlay("prod");
        assertThat(checker.check(prod)).as("prod is clean before it is broken").isEmpty();
        List<ObjectNode> objects = new ArrayList<>(prod.objects());
        breakIt.accept(objects);
        return checker.check(new Manifests(objects, prod.services(), prod.documentedSecrets()));
    }

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> Resources.kind(o).equals(kind) && Resources.name(o).equals(name)).findFirst().orElseThrow();
    }

    private static ObjectNode container(List<ObjectNode> objects, String deployment) {
        return (ObjectNode) find(objects, "Deployment", deployment).path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static ArrayNode acls(List<ObjectNode> objects, String user) {
        return (ArrayNode) find(objects, "KafkaUser", user).path("spec").path("authorization").path("acls");
    }
}
