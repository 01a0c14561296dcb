package vn.tthc.k8s.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.tthc.k8s.Deployment;
import vn.tthc.k8s.project.ServiceConfig;
import vn.tthc.k8s.render.Resources;
import vn.tthc.k8s.render.Yaml;

/** Every overlay renders and breaks no rule; the rendered YAML is kept under target/rendered for review. */
class OverlaysTest {

    @TestFactory
    Stream<DynamicTest> every_overlay_renders_and_passes_every_rule() {
        return Deployment.applicable().stream().map(dir -> DynamicTest.dynamicTest(K8sPath(dir), () -> {
            List<ObjectNode> objects = Deployment.render(dir);
            write(dir, objects);
            assertThat(objects).isNotEmpty();
            assertThat(new ManifestChecker().check(Deployment.manifestsFor(dir, objects))).isEmpty();
        }));
    }

    @Test
    void the_overlays_check_every_service_of_the_project() {
        assertThat(Deployment.manifests(List.of()).services()).extracting(ServiceConfig::name)
                .contains("plan-service", "reporting-service", "feedback-service");
    }

    @Test
    void dev_runs_everything_once() {
        Manifests dev = Deployment.overlay("dev");
        for (ServiceConfig service : dev.services()) {
            assertThat(dev.find("Deployment", service.name()).orElseThrow().path("spec").path("replicas").asInt()).isEqualTo(1);
        }
        assertThat(dev.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(dev.find("KafkaNodePool", "brokers").orElseThrow().path("spec").path("replicas").asInt()).isEqualTo(1);
        assertThat(dev.ofKind("KafkaTopic")).allSatisfy(t -> assertThat(t.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(dev.find("Cluster", "tthc-postgres").orElseThrow().path("spec").path("instances").asInt()).isEqualTo(1);
        assertThat(dev.objects()).allSatisfy(o -> assertThat(Resources.namespace(o)).isEqualTo("tthc-dev"));
    }

    @Test
    void prod_runs_several_replicas_apart_with_budgets_and_autoscalers() {
        Manifests prod = Deployment.overlay("prod");
        for (ServiceConfig service : prod.services()) {
            JsonNode deployment = prod.find("Deployment", service.name()).orElseThrow();
            assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(deployment.path("spec").path("template").path("spec").path("affinity").path("podAntiAffinity")
                    .path("requiredDuringSchedulingIgnoredDuringExecution")).isNotEmpty();
            assertThat(prod.ofKind("PodDisruptionBudget")).anySatisfy(pdb -> assertThat(
                    pdb.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText()).isEqualTo(service.name()));
            assertThat(prod.ofKind("HorizontalPodAutoscaler")).anySatisfy(hpa -> {
                assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(service.name());
                assertThat(hpa.path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            });
        }
        assertThat(prod.find("KafkaNodePool", "controllers")).isPresent();
        assertThat(prod.find("KafkaNodePool", "brokers").orElseThrow().path("spec").path("roles").toString()).isEqualTo("[\"broker\"]");
        assertThat(prod.ofKind("KafkaTopic")).allSatisfy(t -> assertThat(t.path("spec").path("replicas").asInt()).isEqualTo(3));
        assertThat(prod.find("Cluster", "tthc-postgres").orElseThrow().path("spec").path("instances").asInt()).isEqualTo(3);
    }

    @Test
    void the_realm_has_the_clients_roles_and_unit_claim_and_no_secret() throws IOException {
        JsonNode realm = Yaml.MAPPER.readTree(Files.readString(Deployment.K8S.resolve("base/keycloak/realm-tthc.json")));
        assertThat(realm.path("realm").asText()).isEqualTo("tthc");
        assertThat(realm.path("roles").path("realm").findValuesAsText("name")).containsExactlyInAnyOrder(
                "administrator", "planner", "unit-officer", "leader", "auditor", "portal", "integration");
        assertThat(realm.path("clients").findValuesAsText("clientId")).containsExactlyInAnyOrder(
                "plan-service", "reporting-service", "feedback-service", "portal", "integration", "tthc-staff");
        for (JsonNode client : realm.path("clients")) {
            if (client.path("publicClient").asBoolean()) {
                assertThat(client.has("secret")).as("a public client has no secret").isFalse();
                assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as("no password grant in production").isFalse();
            } else {
                assertThat(client.path("secret").asText()).as("client secrets are ${ENV} placeholders").matches("\\$\\{[A-Z_]+}");
            }
        }
        // Tokens carry the subject, the roles and the readable name only if the realm defines the standard scopes.
        assertThat(realm.path("clientScopes").findValuesAsText("name")).contains("basic", "roles", "profile");
        assertThat(realm.toString()).contains("\"claim.name\":\"unit\"", "\"user.attribute\":\"unit\"");
    }

    private static String K8sPath(Path dir) {
        return Deployment.K8S.relativize(dir).toString();
    }

    private static void write(Path dir, List<ObjectNode> objects) throws IOException {
        Path out = Path.of(System.getProperty("tthc.rendered.dir", "target/rendered"));
        Files.createDirectories(out);
        Files.writeString(out.resolve(K8sPath(dir).replace('/', '-') + ".yaml"), Yaml.writeAll(objects));
    }
}
