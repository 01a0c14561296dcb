package vn.tthc.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.tthc.k8s.check.Manifests;
import vn.tthc.k8s.project.ProjectRoot;
import vn.tthc.k8s.project.SecretCatalogue;
import vn.tthc.k8s.project.Services;
import vn.tthc.k8s.render.KustomizeRenderer;

/** The project's deployment as the tests see it: its overlays, rendered, with the services' configuration. */
public final class Deployment {

    public static final Path ROOT = ProjectRoot.find();
    public static final Path K8S = ROOT.resolve("deploy/k8s");

    private Deployment() {
    }

    /** Every directory that operators apply with kubectl apply -k: the overlays and the monitoring rules. */
    public static List<Path> applicable() {
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            return Stream.concat(overlays.filter(Files::isDirectory).sorted(), Stream.of(K8S.resolve("monitoring"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ObjectNode> render(Path directory) {
        return new KustomizeRenderer().render(directory);
    }

    public static Manifests manifests(List<ObjectNode> objects) {
        return new Manifests(objects, Services.read(ROOT), SecretCatalogue.read(ROOT.resolve("deploy/README.md")));
    }

    /** The monitoring rules are applied on their own, beside an overlay: no service objects to check there. */
    public static Manifests manifestsFor(Path directory, List<ObjectNode> objects) {
        Manifests all = manifests(objects);
        return directory.endsWith("monitoring") ? new Manifests(objects, List.of(), all.documentedSecrets()) : all;
    }

    public static Manifests overlay(String name) {
        return manifests(render(K8S.resolve("overlays").resolve(name)));
    }
}
