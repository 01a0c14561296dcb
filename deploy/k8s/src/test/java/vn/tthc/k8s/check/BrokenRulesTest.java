package vn.tthc.k8s.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRuleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.tthc.k8s.Overlays;
import vn.tthc.k8s.model.Objects;
import vn.tthc.k8s.project.ServiceConfig;

/** Each rule, broken on purpose in the rendered prod overlay, is reported. */
class BrokenRulesTest {

    private final ManifestChecker checker = new ManifestChecker();

    @Test
    void a_misspelt_field_a_field_at_the_wrong_level_and_a_number_for_a_string() {
        String prod = Overlays.yaml(Overlays.K8S.resolve("overlays/prod"));
        assertThat(prod).contains("readinessProbe:", "  QUARKUS_HTTP_PORT: \"8081\"", "  partitions: 6");
        List<Violation> violations = checker.check(Overlays.manifests(prod
                .replaceFirst("readinessProbe:", "readynessProbe:")
                .replaceFirst("  QUARKUS_HTTP_PORT: \"8081\"", "  QUARKUS_HTTP_PORT: 8081")
                .replaceFirst("  partitions: 6", "  partitions: 6\n  retention: 7d")));
        assertThat(violations).filteredOn(v -> v.rule().equals("schema")).extracting(Violation::toString).hasSize(3)
                .anySatisfy(v -> assertThat(v).contains("unknown field spec.template.spec.containers[0].readynessProbe"))
                .anySatisfy(v -> assertThat(v).contains("ConfigMap/", "data.QUARKUS_HTTP_PORT"))
                .anySatisfy(v -> assertThat(v).contains("KafkaTopic/", "unknown field spec.retention"));
    }

    @Test
    void a_deployment_without_probes() {
        assertThat(violationsAfter(m -> container(m, "plan-service").setReadinessProbe(null)))
                .anySatisfy(v -> assertThat(v.toString()).contains("[probes]", "plan-service", "readinessProbe"));
    }

    @Test
    void a_deployment_without_resources_or_a_read_only_root() {
        assertThat(violationsAfter(m -> {
            container(m, "feedback-service").setResources(null);
            container(m, "feedback-service").getSecurityContext().setReadOnlyRootFilesystem(false);
        })).extracting(Violation::rule).contains("resources", "security");
    }

    @Test
    void probes_off_the_quarkus_health_endpoints_or_on_the_api_port() {
        assertThat(violationsAfter(m -> container(m, "reporting-service").getLivenessProbe().getHttpGet().setPath("/")))
                .anySatisfy(v -> assertThat(v.toString()).contains("service-deployment", "/q/health/live"));
        assertThat(violationsAfter(m -> container(m, "reporting-service").getReadinessProbe().getHttpGet().setPort(new IntOrString("http"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("service-deployment", "/q/health/ready", "'management'"));
    }

    @Test
    void an_ingress_path_to_the_management_port_or_to_health() {
        assertThat(violationsAfter(m -> ingressPaths(m, 0).add(new HTTPIngressPathBuilder().withPath("/").withPathType("Prefix")
                .withNewBackend().withNewService().withName("plan-service").withNewPort().withName("management").endPort().endService()
                .endBackend().build())))
                .anySatisfy(v -> assertThat(v.toString()).contains("[ingress]", "plan.tthc.example.vn/", "management port"));
        assertThat(violationsAfter(m -> ingressPaths(m, 1).add(new HTTPIngressPathBuilder().withPath("/q/metrics").withPathType("Prefix")
                .withNewBackend().withNewService().withName("reporting-service").withNewPort().withName("http").endPort().endService()
                .endBackend().build())))
                .anySatisfy(v -> assertThat(v.toString()).contains("[ingress]", "/q/metrics", "health or metrics"));
    }

    @Test
    void keycloaks_admin_console_routed_publicly() {
        assertThat(violationsAfter(m -> ingressPaths(m, 3).get(0).setPath("/")))
                .anySatisfy(v -> assertThat(v.toString()).contains("[ingress]", "sso.tthc.example.vn/", "admin console"));
    }

    @Test
    void a_service_not_scraped_where_the_overlay_has_monitoring() {
        assertThat(violationsAfter(m -> m.objects().removeIf(o -> o instanceof ServiceMonitor)))
                .anySatisfy(v -> assertThat(v.toString()).contains("[service-deployment]", "plan-service", "ServiceMonitor"));
    }

    @Test
    void a_default_secret_in_the_prod_overlay() {
        assertThat(violationsAfter(m -> {
            Container feedback = container(m, "feedback-service");
            feedback.getEnv().removeIf(e -> e.getName().equals("TTHC_FEEDBACK_LOOKUP_SECRET_KEY"));
            feedback.getEnv().add(new EnvVarBuilder().withName("TTHC_FEEDBACK_LOOKUP_SECRET_KEY").withNewValueFrom()
                    .withNewConfigMapKeyRef("TTHC_FEEDBACK_LOOKUP_SECRET_KEY", "feedback-service-config", false).endValueFrom().build());
            m.find(ConfigMap.class, "feedback-service-config").orElseThrow().getData()
                    .put("TTHC_FEEDBACK_LOOKUP_SECRET_KEY", "local-stack-only-change-me");
            container(m, "plan-service").getEnv().removeIf(e -> e.getName().equals("QUARKUS_OIDC_CREDENTIALS_SECRET"));
        })).extracting(Violation::toString)
                .anySatisfy(v -> assertThat(v).contains("[production-secrets]", "feedback-service", "TTHC_FEEDBACK_LOOKUP_SECRET_KEY must come from a Secret"))
                .anySatisfy(v -> assertThat(v).contains("[production-secrets]", "feedback-service-config", "local stack's value"))
                .anySatisfy(v -> assertThat(v).contains("[production-secrets]", "plan-service", "QUARKUS_OIDC_CREDENTIALS_SECRET", "refuses to start"));
    }

    @Test
    void a_topic_without_its_kafka_topic() {
        assertThat(violationsAfter(m -> m.objects().removeIf(o -> o instanceof KafkaTopic t && t.getSpec().getTopicName().equals("plan.units.dlt"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[kafka-topic]", "plan.units.dlt"));
    }

    @Test
    void a_kafka_user_with_more_or_less_than_its_service_needs() {
        assertThat(violationsAfter(m -> acls(m, "reporting-service").removeIf(a -> a.getResource().toString().contains("plan.units")
                && !a.getResource().toString().contains("dlt"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[kafka-acl]", "Read on topic:plan.units"));
        assertThat(violationsAfter(m -> acls(m, "plan-service").add(new AclRuleBuilder().withNewAclRuleTopicResource()
                .withName("feedback.events").endAclRuleTopicResource().withOperations(AclOperation.READ).build())))
                .anySatisfy(v -> assertThat(v.toString()).contains("[kafka-acl]", "Read on topic:feedback.events"));
        assertThat(violationsAfter(m -> acls(m, "plan-service").add(new AclRuleBuilder().withNewAclRuleTopicResource()
                .withName("plan.").withPatternType(AclResourcePatternType.PREFIX).endAclRuleTopicResource()
                .withOperations(AclOperation.WRITE).build())))
                .anySatisfy(v -> assertThat(v.toString()).contains("[kafka-acl]", "literal"));
    }

    @Test
    void a_new_channel_in_a_services_configuration_without_topic_or_acl() {
        Manifests prod = Overlays.overlay("prod");
        List<ServiceConfig> services = new ArrayList<>();
        for (ServiceConfig service : prod.services()) {
            if (service.name().equals("feedback-service")) {
                Set<String> consumed = new TreeSet<>(service.consumedTopics());
                consumed.add("reporting.events");
                consumed.add("feedback.petitions");
                Set<String> dlts = new TreeSet<>(service.deadLetterTopics());
                dlts.add("feedback.petitions.dlt");
                service = new ServiceConfig(service.name(), service.httpPort(), service.managementPort(), service.database(), consumed,
                        service.producedTopics(), dlts, service.consumerGroups(), service.requiredSecrets());
            }
            services.add(service);
        }
        List<Violation> violations = checker.check(new Manifests(prod.objects(), prod.schemaProblems(), services, prod.documentedSecrets()));
        assertThat(violations).anySatisfy(v -> assertThat(v.toString()).contains("[kafka-topic]", "feedback.petitions.dlt"));
        assertThat(violations).anySatisfy(v -> assertThat(v.toString()).contains("[kafka-acl]", "Read on topic:reporting.events"));
    }

    @Test
    void an_environment_variable_with_a_literal_or_an_unknown_key() {
        assertThat(violationsAfter(m -> {
            List<EnvVar> env = container(m, "plan-service").getEnv();
            env.add(new EnvVarBuilder().withName("LITERAL").withValue("x").build());
            env.add(new EnvVarBuilder().withName("UNDOCUMENTED").withNewValueFrom().withNewSecretKeyRef("k", "nobody-made-this", false)
                    .endValueFrom().build());
            env.add(new EnvVarBuilder().withName("MISSING_KEY").withNewValueFrom().withNewConfigMapKeyRef("NOT_THERE", "plan-service-config", false)
                    .endValueFrom().build());
        })).filteredOn(v -> v.rule().equals("config-reference")).hasSize(3);
    }

    @Test
    void a_service_database_missing_from_the_cluster() {
        assertThat(violationsAfter(m -> m.objects().removeIf(o -> Objects.id(o).equals("Database/tthc-reporting"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[database]", "reporting"));
    }

    @Test
    void credentials_from_another_services_secret() {
        assertThat(violationsAfter(m -> container(m, "feedback-service").getEnv().stream()
                .filter(e -> e.getName().equals("QUARKUS_DATASOURCE_PASSWORD"))
                .forEach(e -> e.getValueFrom().getSecretKeyRef().setName("tthc-db-plan"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[database]", "QUARKUS_DATASOURCE_PASSWORD"));
    }

    @Test
    void an_unknown_kind_a_committed_secret_and_a_missing_field() {
        String prod = Overlays.yaml(Overlays.K8S.resolve("overlays/prod"));
        List<Violation> violations = checker.check(Overlays.manifests(prod
                + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: stray, namespace: tthc}\n"
                + "---\napiVersion: apps/v2\nkind: Deployment\nmetadata: {name: future, namespace: tthc}\n"));
        assertThat(violations).extracting(Violation::toString)
                .anySatisfy(v -> assertThat(v).contains("[known-kind] Pod/stray"))
                .anySatisfy(v -> assertThat(v).contains("[known-kind] Deployment/future", "expected apps/v1"));
        assertThat(violationsAfter(m -> {
            Secret secret = new Secret();
            secret.setMetadata(new ObjectMetaBuilder().withName("oops").withNamespace("tthc").build());
            m.objects().add(secret);
            m.find(KafkaTopic.class, "plan-events").orElseThrow().getSpec().setPartitions(null);
        })).extracting(Violation::rule).contains("no-secret-values", "required-field");
    }

    @Test
    void a_deployment_without_network_policy() {
        assertThat(violationsAfter(m -> m.objects().removeIf(o -> o instanceof NetworkPolicy && Objects.name(o).equals("keycloak"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[network-policy]", "Deployment/keycloak"));
    }

    @Test
    void an_ingress_to_a_missing_service() {
        assertThat(violationsAfter(m -> m.objects().removeIf(o -> Objects.id(o).equals("Service/feedback-service"))))
                .anySatisfy(v -> assertThat(v.toString()).contains("[reference]", "Ingress/tthc", "feedback-service"));
    }

    @Test
    void a_hardening_of_the_realm_undone() {
        assertThat(violationsAfter(m -> {
            var data = m.find(ConfigMap.class, RealmRules.CONFIG_MAP).orElseThrow().getData();
            data.replaceAll((key, json) -> json.replace("\"failureFactor\": 5", "\"failureFactor\": 30"));
        })).anySatisfy(v -> assertThat(v.toString()).contains("[realm]", "at most 10 failed logins"));
    }

    private List<Violation> violationsAfter(Consumer<Manifests> breakIt) {
        Manifests prod = Overlays.overlay("prod");
        assertThat(checker.check(prod)).as("prod is clean before it is broken").isEmpty();
        breakIt.accept(prod);
        return checker.check(prod);
    }

    private static Container container(Manifests manifests, String deployment) {
        return Manifests.mainContainer(manifests.find(io.fabric8.kubernetes.api.model.apps.Deployment.class, deployment).orElseThrow());
    }

    private static List<io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath> ingressPaths(Manifests manifests, int rule) {
        return manifests.find(Ingress.class, "tthc").orElseThrow().getSpec().getRules().get(rule).getHttp().getPaths();
    }

    private static List<io.strimzi.api.kafka.model.user.acl.AclRule> acls(Manifests manifests, String user) {
        return ((KafkaUserAuthorizationSimple) manifests.find(KafkaUser.class, user).orElseThrow().getSpec().getAuthorization()).getAcls();
    }

}
