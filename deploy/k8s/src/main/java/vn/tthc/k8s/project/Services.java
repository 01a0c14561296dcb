package vn.tthc.k8s.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's services: every top-level folder named *-service with an application.properties. */
public final class Services {

    private Services() {
    }

    public static List<ServiceConfig> read(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> p.getFileName().toString().endsWith("-service"))
                    .filter(p -> Files.isRegularFile(p.resolve("src/main/resources/application.properties")))
                    .sorted()
                    .map(ServiceConfig::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
