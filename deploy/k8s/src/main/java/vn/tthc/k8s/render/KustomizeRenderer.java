package vn.tthc.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Renders a kustomization directory in the JVM, as {@code kubectl kustomize} does, for exactly the subset of
 * Kustomize that deploy/k8s uses: {@code resources} (files and kustomization directories), {@code namespace},
 * {@code labels}, {@code patches} (strategic merge, by the patch's kind and name or by a kind/name target),
 * {@code replicas}, {@code images} and {@code configMapGenerator} without name hashes. Any other field makes
 * rendering fail, so a manifest never silently renders differently here than for operators, who use
 * {@code kubectl apply -k}. Transformers run in Kustomize's order: generators, patches, namespace, labels,
 * replicas, images.
 */
public final class KustomizeRenderer {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "labels",
            "patches", "replicas", "images", "configMapGenerator");

    public List<ObjectNode> render(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new RenderException(directory + " has no kustomization.yaml");
        }
        ObjectNode kustomization = Yaml.readOne(file);
        refuseUnsupported(kustomization, file);

        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            objects.addAll(load(directory.resolve(entry.asText()).normalize()));
        }
        objects.addAll(ConfigMapGenerator.generate(kustomization.path("configMapGenerator"), directory));
        refuseDuplicates(objects, directory);

        Patches.apply(objects, kustomization.path("patches"), directory);
        if (kustomization.hasNonNull("namespace")) {
            setNamespace(objects, kustomization.get("namespace").asText());
        }
        Labels.apply(objects, kustomization.path("labels"));
        Replicas.apply(objects, kustomization.path("replicas"));
        Images.apply(objects, kustomization.path("images"));
        return objects;
    }

    private List<ObjectNode> load(Path path) {
        if (Files.isDirectory(path)) {
            return render(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new RenderException("Resource not found: " + path);
        }
        List<ObjectNode> objects = Yaml.readAll(path);
        for (ObjectNode object : objects) {
            if (Resources.kind(object).isEmpty() || Resources.apiVersion(object).isEmpty() || Resources.name(object).isEmpty()) {
                throw new RenderException(path + ": an object without apiVersion, kind or metadata.name");
            }
        }
        return objects;
    }

    private static void refuseUnsupported(ObjectNode kustomization, Path file) {
        Iterator<String> names = kustomization.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!SUPPORTED.contains(name)) {
                throw new RenderException(file + ": '" + name + "' is not supported by this renderer (supported: "
                        + SUPPORTED + ")");
            }
        }
    }

    private static void refuseDuplicates(List<ObjectNode> objects, Path directory) {
        Set<String> seen = new java.util.HashSet<>();
        for (ObjectNode object : objects) {
            String id = Resources.id(object) + "@" + Resources.namespace(object);
            if (!seen.add(id)) {
                throw new RenderException(directory + ": " + Resources.id(object) + " is defined twice");
            }
        }
    }

    private static void setNamespace(List<ObjectNode> objects, String namespace) {
        for (ObjectNode object : objects) {
            if (!Resources.isClusterScoped(object)) {
                Resources.objectAt(object, "metadata").put("namespace", namespace);
            }
        }
    }
}
