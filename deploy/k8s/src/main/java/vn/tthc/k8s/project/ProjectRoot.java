package vn.tthc.k8s.project;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's top folder: the one holding plan-service/ and deploy/ (system property tthc.root, else found upwards). */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    public static Path find() {
        String configured = System.getProperty("tthc.root");
        if (configured != null && !configured.isBlank() && isRoot(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path current = Path.of("").toAbsolutePath();
        while (current != null) {
            if (isRoot(current)) {
                return current;
            }
            current = current.getParent();
        }
        throw new IllegalStateException("Cannot find the project root above " + Path.of("").toAbsolutePath());
    }

    private static boolean isRoot(Path directory) {
        return Files.isDirectory(directory.resolve("plan-service")) && Files.isDirectory(directory.resolve("deploy"));
    }
}
