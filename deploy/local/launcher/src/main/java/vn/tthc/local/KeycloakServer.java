package vn.tthc.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak, the province's identity provider, from the distribution on Maven Central
 * ({@code org.keycloak:keycloak-quarkus-dist}, unpacked and built for PostgreSQL by this module's build),
 * storing its data in the local PostgreSQL. The realm {@code tthc} is imported on the first start ({@link LocalRealm}); later starts
 * find it in the database.
 */
final class KeycloakServer {

    static final String REALM = "tthc";

    private final int port;
    private final Path log;
    private final Process process;

    private KeycloakServer(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts Keycloak from {@code home} on {@code port}, storing its data in the database {@code jdbcUrl}, and
     * imports {@code realm} unless the realm exists already.
     */
    static KeycloakServer start(Path home, int port, String jdbcUrl, String databaseUser, String realm,
                                Map<String, String> environment, Path logDirectory) throws IOException {
        Path launcher = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(launcher)) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home + "; build with ./mvnw -DskipTests package");
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.writeString(imports.resolve(REALM + "-realm.json"), realm);
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve("keycloak.log");
        String hostname = "http://localhost:" + port;
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", launcher.toString(), "start", "--optimized",
                "--http-enabled=true", "--http-port=" + port, "--hostname=" + hostname, "--db=postgres", "--db-url=" + jdbcUrl,
                "--db-username=" + databaseUser, "--db-password=", "--import-realm", "--log-console-color=false"));
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new KeycloakServer(port, log, process);
    }

    String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether the realm's discovery document is served, i.e. tokens can be issued and checked. */
    boolean isReady() {
        return ChildProcesses.answersOk(realmUrl() + "/.well-known/openid-configuration");
    }

    void stop(Duration grace) {
        ChildProcesses.stop(process, grace);
    }
}
