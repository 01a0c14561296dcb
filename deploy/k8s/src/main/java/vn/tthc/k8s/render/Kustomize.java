package vn.tthc.k8s.render;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real Kustomize: {@code kubectl kustomize <directory>}, as operators render the manifests with
 * {@code kubectl apply -k}. kubectl is the one named by the system property {@code tthc.kubectl} or the
 * environment variable {@code KUBECTL}, else the first on the PATH.
 */
public final class Kustomize {

    /** What the build says, in one line, where kubectl is missing. */
    public static final String MISSING = "kubectl not found: the manifest checks render deploy/k8s with `kubectl kustomize`;"
            + " install kubectl 1.30 or newer (https://kubernetes.io/docs/tasks/tools/, or deploy/README.md section 11)"
            + " or name it with KUBECTL=/path/to/kubectl";

    private final Path kubectl;

    private Kustomize(Path kubectl) {
        this.kubectl = kubectl;
    }

    /** The kubectl this machine has; fails with {@link #MISSING} where there is none. */
    public static Kustomize find() {
        return locate(System.getProperty("tthc.kubectl"), System.getenv("KUBECTL"), System.getenv("PATH"))
                .map(Kustomize::new)
                .orElseThrow(() -> new KubectlMissingException(MISSING));
    }

    static Optional<Path> locate(String property, String environment, String searchPath) {
        for (String named : new String[]{property, environment}) {
            if (named != null && !named.isBlank()) {
                Path path = Path.of(named.trim());
                return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
            }
        }
        if (searchPath == null) {
            return Optional.empty();
        }
        for (String directory : searchPath.split(File.pathSeparator)) {
            if (!directory.isBlank() && Files.isExecutable(Path.of(directory, "kubectl"))) {
                return Optional.of(Path.of(directory, "kubectl"));
            }
        }
        return Optional.empty();
    }

    /** The rendered objects of a kustomization directory, as one multi-document YAML stream. */
    public String render(Path directory) {
        try {
            Path output = Files.createTempFile("kustomize-", ".yaml");
            Path errors = Files.createTempFile("kustomize-", ".err");
            try {
                Process process = new ProcessBuilder(List.of(kubectl.toString(), "kustomize", directory.toString()))
                        .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + directory + " did not finish within 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + directory + " failed: "
                            + Files.readString(errors, StandardCharsets.UTF_8).strip());
                }
                return Files.readString(output, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kubectl is missing: the message says how to install it. */
    public static final class KubectlMissingException extends IllegalStateException {
        KubectlMissingException(String message) {
            super(message);
        }
    }
}
