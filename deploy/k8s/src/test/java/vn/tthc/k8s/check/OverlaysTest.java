package vn.tthc.k8s.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.tthc.k8s.model.Objects;
import vn.tthc.k8s.model.cnpg.Cluster;
import vn.tthc.k8s.model.certmanager.Certificate;
import vn.tthc.k8s.project.ServiceConfig;

/** Every overlay renders with kubectl kustomize and breaks no rule; the rendered YAML is kept under target/rendered for review. */
class OverlaysTest {

    @TestFactory
    Stream<DynamicTest> every_overlay_renders_and_passes_every_rule() {
        return vn.tthc.k8s.Overlays.overlays().stream().map(dir -> DynamicTest.dynamicTest(name(dir), () -> {
            String yaml = vn.tthc.k8s.Overlays.yaml(dir);
            write(dir, yaml);
            Manifests manifests = vn.tthc.k8s.Overlays.manifests(yaml);
            assertThat(manifests.objects()).isNotEmpty();
            assertThat(new ManifestChecker().check(manifests)).isEmpty();
        }));
    }

    @Test
    void the_overlays_check_every_service_of_the_project() {
        assertThat(vn.tthc.k8s.Overlays.manifests("").services()).extracting(ServiceConfig::name)
                .contains("plan-service", "reporting-service", "feedback-service");
    }

    @Test
    void dev_runs_everything_once_with_swagger_ui() {
        Manifests dev = vn.tthc.k8s.Overlays.overlay("dev");
        for (ServiceConfig service : dev.services()) {
            assertThat(dev.find(Deployment.class, service.name()).orElseThrow().getSpec().getReplicas()).isEqualTo(1);
        }
        assertThat(dev.ofKind(HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(dev.find(KafkaNodePool.class, "brokers").orElseThrow().getSpec().getReplicas()).isEqualTo(1);
        assertThat(dev.ofKind(KafkaTopic.class)).allSatisfy(t -> assertThat(t.getSpec().getReplicas()).isEqualTo(1));
        assertThat(dev.find(Cluster.class, "tthc-postgres").orElseThrow().getSpec().instances()).isEqualTo(1);
        assertThat(dev.objects()).allSatisfy(o -> assertThat(Objects.namespace(o)).isEqualTo("tthc-dev"));
        assertThat(paths(dev)).contains("plan.tthc.example.vn/q/swagger-ui", "feedback.tthc.example.vn/q/openapi");
    }

    @Test
    void prod_runs_several_replicas_apart_with_budgets_autoscalers_scraping_and_a_certificate() {
        Manifests prod = vn.tthc.k8s.Overlays.overlay("prod");
        for (ServiceConfig service : prod.services()) {
            Deployment deployment = prod.find(Deployment.class, service.name()).orElseThrow();
            assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(3);
            assertThat(deployment.getSpec().getTemplate().getSpec().getAffinity().getPodAntiAffinity()
                    .getRequiredDuringSchedulingIgnoredDuringExecution()).isNotEmpty();
            assertThat(prod.ofKind(PodDisruptionBudget.class)).anySatisfy(pdb -> assertThat(
                    pdb.getSpec().getSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", service.name()));
            assertThat(prod.ofKind(HorizontalPodAutoscaler.class)).anySatisfy(hpa -> {
                assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service.name());
                assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
            });
        }
        assertThat(prod.find(KafkaNodePool.class, "controllers")).isPresent();
        assertThat(prod.find(KafkaNodePool.class, "brokers").orElseThrow().getSpec().getRoles()).extracting(role -> role.toString().toLowerCase())
                .containsExactly("broker");
        assertThat(prod.ofKind(KafkaTopic.class)).allSatisfy(t -> assertThat(t.getSpec().getReplicas()).isEqualTo(3));
        assertThat(prod.find(Cluster.class, "tthc-postgres").orElseThrow().getSpec().instances()).isEqualTo(3);
        assertThat(prod.ofKind(ServiceMonitor.class)).isNotEmpty();
        assertThat(prod.ofKind(PrometheusRule.class)).isNotEmpty();
        assertThat(prod.find(Certificate.class, "tthc-tls")).isPresent();
        assertThat(paths(prod)).containsExactlyInAnyOrder("console.tthc.example.vn/", "plan.tthc.example.vn/", "reporting.tthc.example.vn/",
                "feedback.tthc.example.vn/", "sso.tthc.example.vn/realms/tthc", "sso.tthc.example.vn/resources");
        assertThat(prod.find(Service.class, "plan-service").orElseThrow().getSpec().getPorts()).extracting(p -> p.getName())
                .containsExactly("http", "management");
    }

    @Test
    void every_overlay_takes_its_image_names_from_one_place() throws IOException {
        for (Path dir : vn.tthc.k8s.Overlays.overlays()) {
            String kustomization = Files.readString(dir.resolve("kustomization.yaml"));
            assertThat(kustomization).as(name(dir)).contains("../../components/images").doesNotContain("\nimages:");
            for (Deployment deployment : vn.tthc.k8s.Overlays.manifests(vn.tthc.k8s.Overlays.yaml(dir)).ofKind(Deployment.class)) {
                assertThat(Manifests.mainContainer(deployment).getImage()).as(name(dir)).startsWith("registry.example.vn/tthc/");
            }
        }
    }

    private static List<String> paths(Manifests manifests) {
        return manifests.ofKind(Ingress.class).stream().flatMap(i -> i.getSpec().getRules().stream())
                .flatMap(r -> r.getHttp().getPaths().stream().map(p -> r.getHost() + p.getPath())).toList();
    }

    private static String name(Path dir) {
        return vn.tthc.k8s.Overlays.K8S.relativize(dir).toString();
    }

    private static void write(Path dir, String yaml) throws IOException {
        Path out = Path.of(System.getProperty("tthc.rendered.dir", "target/rendered"));
        Files.createDirectories(out);
        Files.writeString(out.resolve(name(dir).replace('/', '-') + ".yaml"), yaml);
    }
}
