package vn.tthc.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.tthc.k8s.check.Manifests;
import vn.tthc.k8s.model.StrictYaml;
import vn.tthc.k8s.project.ProjectRoot;
import vn.tthc.k8s.project.SecretCatalogue;
import vn.tthc.k8s.project.Services;
import vn.tthc.k8s.render.Kustomize;

/** The project's deployment as the tests see it: its overlays, rendered by kubectl kustomize, with the services' configuration. */
public final class Overlays {

    public static final Path ROOT = ProjectRoot.find();
    public static final Path K8S = ROOT.resolve("deploy/k8s");

    private static final Map<Path, String> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    /** Every directory that operators apply with kubectl apply -k: the overlays. */
    public static List<Path> overlays() {
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            return overlays.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rendered YAML of a directory (rendered once per test run). */
    public static String yaml(Path directory) {
        return RENDERED.computeIfAbsent(directory, dir -> Kustomize.find().render(dir));
    }

    /** Freshly read objects of rendered YAML, with the project's services and documented Secrets. */
    public static Manifests manifests(String yaml) {
        StrictYaml.Parsed parsed = StrictYaml.parse(yaml);
        return new Manifests(new java.util.ArrayList<>(parsed.objects()), parsed.problems(), Services.read(ROOT),
                SecretCatalogue.read(ROOT.resolve("deploy/README.md")));
    }

    public static Manifests overlay(String name) {
        return manifests(yaml(K8S.resolve("overlays").resolve(name)));
    }
}
