package vn.tthc.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses. Each value comes from an environment
 * variable (or a system property of the same name), with a default.
 */
public record LocalStackSettings(Path projectRoot, Path dataDirectory, int postgresPort, int kafkaPort,
                                 int kafkaControllerPort, int keycloakPort, Path keycloakHome, List<ServiceSpec> services,
                                 ServiceSpec console) {

    public static LocalStackSettings from(Map<String, String> environment) {
        Path root = Path.of(value(environment, "TTHC_ROOT", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        Path data = Path.of(value(environment, "TTHC_DATA_DIR", root.resolve("data").toString())).toAbsolutePath().normalize();
        return new LocalStackSettings(root, data,
                port(environment, "TTHC_POSTGRES_PORT", 15432),
                port(environment, "TTHC_KAFKA_PORT", 19092),
                port(environment, "TTHC_KAFKA_CONTROLLER_PORT", 19093),
                port(environment, "TTHC_KEYCLOAK_PORT", 18080),
                keycloakHome(environment, root),
                List.of(
                        new ServiceSpec("plan-service", "plan", port(environment, "PLAN_PORT", 8081), "PLAN_PORT",
                                port(environment, "PLAN_MANAGEMENT_PORT", 9081), "PLAN_MANAGEMENT_PORT"),
                        new ServiceSpec("reporting-service", "reporting", port(environment, "REPORTING_PORT", 8082), "REPORTING_PORT",
                                port(environment, "REPORTING_MANAGEMENT_PORT", 9082), "REPORTING_MANAGEMENT_PORT"),
                        new ServiceSpec("feedback-service", "feedback", port(environment, "FEEDBACK_PORT", 8083), "FEEDBACK_PORT",
                                port(environment, "FEEDBACK_MANAGEMENT_PORT", 9083), "FEEDBACK_MANAGEMENT_PORT")),
                // The staff console: no database of its own, it calls the three services with the signed-in person's token.
                new ServiceSpec("staff-console", null, port(environment, "CONSOLE_PORT", 8080), "CONSOLE_PORT",
                        port(environment, "CONSOLE_MANAGEMENT_PORT", 9080), "CONSOLE_MANAGEMENT_PORT"));
    }

    /** Fails with a one-line message for the first port that is taken. */
    public void requirePortsFree() {
        Ports.requireFree(postgresPort, "PostgreSQL", "TTHC_POSTGRES_PORT");
        Ports.requireFree(kafkaPort, "Kafka", "TTHC_KAFKA_PORT");
        Ports.requireFree(kafkaControllerPort, "Kafka controller", "TTHC_KAFKA_CONTROLLER_PORT");
        Ports.requireFree(keycloakPort, "Keycloak", "TTHC_KEYCLOAK_PORT");
        for (ServiceSpec service : services) {
            Ports.requireFree(service.port(), service.name(), service.portSetting());
            Ports.requireFree(service.managementPort(), service.name() + " (management)", service.managementPortSetting());
        }
        Ports.requireFree(console.port(), console.name(), console.portSetting());
        Ports.requireFree(console.managementPort(), console.name() + " (management)", console.managementPortSetting());
    }

    /**
     * The Keycloak distribution this module's build unpacked (TTHC_KEYCLOAK_HOME overrides it): the one
     * {@code keycloak-<version>} folder under {@code deploy/local/launcher/target/keycloak}.
     */
    private static Path keycloakHome(Map<String, String> environment, Path root) {
        String configured = value(environment, "TTHC_KEYCLOAK_HOME", null);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path unpacked = root.resolve("deploy/local/launcher/target/keycloak");
        try (var folders = Files.list(unpacked)) {
            return folders.filter(folder -> folder.getFileName().toString().startsWith("keycloak-")).sorted()
                    .reduce((first, last) -> last).orElse(unpacked);
        } catch (IOException e) {
            return unpacked;
        }
    }

    private static String value(Map<String, String> environment, String name, String fallback) {
        String value = System.getProperty(name, environment.get(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int port(Map<String, String> environment, String name, int fallback) {
        String value = value(environment, name, String.valueOf(fallback));
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + value + " is not a port number (1-65535)");
        }
    }

    /**
     * One of the three services (its module, database, API port and management port) or the staff console (no database) (health, metrics, OpenAPI and
     * Swagger UI: each service needs its own on one machine).
     */
    public record ServiceSpec(String name, String database, int port, String portSetting, int managementPort,
                              String managementPortSetting) {

        public Path application(Path projectRoot) {
            return projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }

        public String url() {
            return "http://localhost:" + port;
        }

        /** The management interface: {@code /q/health}, {@code /q/metrics}, {@code /q/openapi}, {@code /q/swagger-ui}. */
        public String managementUrl() {
            return "http://localhost:" + managementPort;
        }
    }
}
