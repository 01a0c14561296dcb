package vn.tthc.k8s.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeRendererTest {

    @TempDir
    Path dir;

    private final KustomizeRenderer renderer = new KustomizeRenderer();

    @BeforeEach
    void base() throws IOException {
        write("base/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: base-ns
                labels:
                  - pairs: {app.kubernetes.io/part-of: demo}
                    includeTemplates: true
                resources:
                  - app
                  - extra.yaml
                configMapGenerator:
                  - name: files
                    files: [data.json, renamed.txt=data.json]
                    literals: [A=1]
                    options: {disableNameSuffixHash: true}
                """);
        write("base/data.json", "{\"x\": 1}\n");
        write("base/app/kustomization.yaml", """
                resources: [deployment.yaml]
                """);
        write("base/app/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: app}}
                  template:
                    metadata: {labels: {app: app}}
                    spec:
                      containers:
                        - name: app
                          image: registry.example:5000/team/app:1.0
                          env:
                            - {name: A, value: "1"}
                            - {name: B, value: "2"}
                          resources: {requests: {cpu: 100m, memory: 1Gi}}
                        - name: sidecar
                          image: sidecar@sha256:abc
                """);
        write("base/extra.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: app}
                spec:
                  selector: {app: app}
                  ports: [{name: http, port: 80}, {name: admin, port: 9000}]
                ---
                apiVersion: example.io/v1
                kind: Thing
                metadata: {name: one}
                spec: {list: [1, 2, 3], map: {a: 1, b: 2}}
                ---
                apiVersion: example.io/v1
                kind: Thing
                metadata: {name: two}
                spec: {list: [9]}
                ---
                apiVersion: v1
                kind: Namespace
                metadata: {name: cluster-wide}
                """);
    }

    @Test
    void renders_resources_directories_generators_namespace_and_labels() {
        List<ObjectNode> objects = renderer.render(dir.resolve("base"));
        assertThat(objects).extracting(Resources::id).containsExactly(
                "Deployment/app", "Service/app", "Thing/one", "Thing/two", "Namespace/cluster-wide", "ConfigMap/files");
        assertThat(objects.subList(0, 4)).allSatisfy(o -> assertThat(Resources.namespace(o)).isEqualTo("base-ns"));
        assertThat(Resources.namespace(objects.get(4))).isEmpty();
        ObjectNode deployment = objects.get(0);
        assertThat(deployment.at("/metadata/labels/app.kubernetes.io~1part-of").asText()).isEqualTo("demo");
        assertThat(deployment.at("/spec/template/metadata/labels/app.kubernetes.io~1part-of").asText()).isEqualTo("demo");
        assertThat(deployment.at("/spec/selector/matchLabels").size()).as("selectors untouched").isEqualTo(1);
        ObjectNode files = objects.get(5);
        assertThat(files.at("/data/data.json").asText()).isEqualTo("{\"x\": 1}\n");
        assertThat(files.at("/data/renamed.txt").asText()).isEqualTo("{\"x\": 1}\n");
        assertThat(files.at("/data/A").asText()).isEqualTo("1");
    }

    @Test
    void an_overlay_patches_by_name_and_by_kind_and_sets_replicas_images_and_namespace() throws IOException {
        write("overlay/kustomization.yaml", """
                namespace: prod
                resources: [../base]
                replicas: [{name: app, count: 5}]
                images:
                  - {name: registry.example:5000/team/app, newTag: "2.0"}
                  - {name: sidecar, newName: mirror/sidecar}
                patches:
                  - path: deployment-patch.yaml
                  - target: {kind: Thing}
                    patch: |-
                      apiVersion: example.io/v1
                      kind: Thing
                      metadata: {name: ignored}
                      spec: {list: [7], map: {b: null, c: 3}}
                  - patch: |-
                      apiVersion: v1
                      kind: Service
                      metadata: {name: app}
                      spec:
                        ports: [{name: admin, port: 9000, targetPort: 9001}]
                """);
        write("overlay/deployment-patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          env:
                            - {name: B, value: "20"}
                            - {name: C, value: "3"}
                          resources: {requests: {cpu: 1}}
                """);
        List<ObjectNode> objects = renderer.render(dir.resolve("overlay"));
        ObjectNode deployment = objects.get(0);
        assertThat(Resources.namespace(deployment)).isEqualTo("prod");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(5);
        assertThat(deployment.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("registry.example:5000/team/app:2.0");
        assertThat(deployment.at("/spec/template/spec/containers/1/image").asText()).isEqualTo("mirror/sidecar@sha256:abc");
        assertThat(deployment.at("/spec/template/spec/containers/0/env").toString())
                .isEqualTo("[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"20\"},{\"name\":\"C\",\"value\":\"3\"}]");
        assertThat(deployment.at("/spec/template/spec/containers/0/resources/requests").toString())
                .isEqualTo("{\"cpu\":1,\"memory\":\"1Gi\"}");
        assertThat(deployment.at("/spec/template/spec/containers").size()).isEqualTo(2);
        assertThat(objects.get(1).at("/spec/ports").toString())
                .isEqualTo("[{\"name\":\"http\",\"port\":80},{\"name\":\"admin\",\"port\":9000,\"targetPort\":9001}]");
        for (ObjectNode thing : objects.subList(2, 4)) {
            assertThat(thing.at("/spec/list").toString()).as("custom resources' lists are replaced").isEqualTo("[7]");
            assertThat(thing.at("/spec/map/b").isMissingNode()).as("null removes").isTrue();
            assertThat(thing.at("/spec/map/c").asInt()).isEqualTo(3);
        }
        assertThat(Resources.name(objects.get(2))).isEqualTo("one");
    }

    @Test
    void refuses_what_it_does_not_support() throws IOException {
        write("bad/kustomization.yaml", "resources: [../base]\nnamePrefix: x-\n");
        assertThatThrownBy(() -> renderer.render(dir.resolve("bad"))).isInstanceOf(RenderException.class).hasMessageContaining("namePrefix");
        write("hash/kustomization.yaml", "configMapGenerator: [{name: m, literals: [A=1]}]\n");
        assertThatThrownBy(() -> renderer.render(dir.resolve("hash"))).hasMessageContaining("disableNameSuffixHash");
        write("selectors/kustomization.yaml", "resources: [../base]\nlabels: [{pairs: {a: b}, includeSelectors: true}]\n");
        assertThatThrownBy(() -> renderer.render(dir.resolve("selectors"))).hasMessageContaining("includeSelectors");
        write("directive/kustomization.yaml", "resources: [../base]\npatches:\n  - patch: |-\n      kind: Service\n      metadata: {name: app}\n      $patch: delete\n");
        assertThatThrownBy(() -> renderer.render(dir.resolve("directive"))).hasMessageContaining("$patch");
    }

    @Test
    void refuses_patches_that_match_nothing_duplicates_and_missing_files() throws IOException {
        write("nomatch/kustomization.yaml", "resources: [../base]\npatches:\n  - patch: |-\n      kind: Service\n      metadata: {name: nope}\n");
        assertThatThrownBy(() -> renderer.render(dir.resolve("nomatch"))).hasMessageContaining("matches no object");
        write("twice/kustomization.yaml", "resources: [../base, ../base/extra.yaml]\n");
        assertThatThrownBy(() -> renderer.render(dir.resolve("twice"))).hasMessageContaining("defined twice");
        write("missing/kustomization.yaml", "resources: [nothing.yaml]\n");
        assertThatThrownBy(() -> renderer.render(dir.resolve("missing"))).hasMessageContaining("not found");
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
