package vn.tthc.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on one machine: PostgreSQL, Kafka, Keycloak, the three services and the staff console, all data under one folder
 * so that a restart keeps it. {@link #close()} stops everything it started.
 */
public final class LocalStack implements AutoCloseable {

    static final String KEYCLOAK_DATABASE = "keycloak";

    private final LocalStackSettings settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private FileChannel lockChannel;
    private FileLock lock;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;

    public LocalStack(LocalStackSettings settings) {
        this.settings = settings;
    }

    public LocalStack start(Duration readinessTimeout) throws Exception {
        settings.requirePortsFree();
        Files.createDirectories(settings.dataDirectory());
        lockDataDirectory();
        log("Data folder: " + settings.dataDirectory());

        postgres = PostgresServer.start(settings.dataDirectory().resolve("postgres"), settings.postgresPort(), true);
        for (LocalStackSettings.ServiceSpec service : settings.services()) {
            postgres.ensureDatabase(service.database());
        }
        log("PostgreSQL 17 on port " + settings.postgresPort());

        postgres.ensureDatabase(KEYCLOAK_DATABASE);
        keycloak = KeycloakServer.start(settings.keycloakHome(), settings.keycloakPort(), postgres.jdbcUrl(KEYCLOAK_DATABASE),
                PostgresServer.USER, LocalRealm.read(settings.projectRoot()), LocalRealm.secrets(),
                settings.dataDirectory().resolve("logs"));

        kafka = new KafkaBroker(settings.dataDirectory().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort()).start();
        kafka.ensureTopics(Topics.ALL);
        log("Kafka on " + kafka.bootstrapServers());

        for (LocalStackSettings.ServiceSpec service : settings.services()) {
            services.add(ServiceProcess.start(service, service.application(settings.projectRoot()),
                    settings.dataDirectory().resolve("logs"), configurationOf(service)));
        }
        LocalStackSettings.ServiceSpec console = settings.console();
        services.add(ServiceProcess.start(console, console.application(settings.projectRoot()),
                settings.dataDirectory().resolve("logs"), consoleConfiguration()));
        awaitReady(readinessTimeout);
        return this;
    }

    public LocalStackSettings settings() {
        return settings;
    }

    /** The realm's URL, e.g. {@code http://localhost:18080/realms/tthc}. */
    public String realmUrl() {
        return keycloak.realmUrl();
    }

    /** Where clients get tokens. */
    public String tokenUrl() {
        return keycloak.tokenUrl();
    }

    private Map<String, String> configurationOf(LocalStackSettings.ServiceSpec service) {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("quarkus.http.port", String.valueOf(service.port()));
        configuration.put("quarkus.management.port", String.valueOf(service.managementPort()));
        // Not "prod": production refuses the local stack's secrets (tthc.secrets.required), which this stack uses.
        configuration.put("quarkus.profile", "local");
        configuration.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(service.database()));
        configuration.put("quarkus.datasource.username", PostgresServer.USER);
        configuration.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        configuration.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        // Plain-text logs on this machine; the packaged application's (production) profile writes JSON lines.
        configuration.put("quarkus.log.console.json.enabled", "false");
        return configuration;
    }

    /** The console signs people in at the realm and calls the three services of this stack. */
    private Map<String, String> consoleConfiguration() {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("quarkus.http.port", String.valueOf(settings.console().port()));
        configuration.put("quarkus.management.port", String.valueOf(settings.console().managementPort()));
        configuration.put("quarkus.profile", "local");
        configuration.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        for (LocalStackSettings.ServiceSpec service : settings.services()) {
            configuration.put("quarkus.rest-client." + service.name() + ".url", service.url());
        }
        return configuration;
    }

    /** The staff console's URL, e.g. {@code http://localhost:8080}. */
    public String consoleUrl() {
        return settings.console().url();
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services);
        boolean keycloakWaiting = true;
        while (!waiting.isEmpty() || keycloakWaiting) {
            if (keycloakWaiting) {
                if (!keycloak.isAlive()) {
                    throw new IllegalStateException("Keycloak stopped while starting; see " + keycloak.log());
                }
                if (keycloak.isReady()) {
                    log(String.format("%-18s UP  %s   (realm %s, admin console %s/admin with admin/admin, log %s)", "keycloak",
                            "http://localhost:" + settings.keycloakPort(), KeycloakServer.REALM,
                            "http://localhost:" + settings.keycloakPort(), keycloak.log()));
                    keycloakWaiting = false;
                }
            }
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.spec().name() + " stopped while starting; see " + service.log());
                }
                if (service.isReady()) {
                    if (service.spec() == settings.console()) {
                        log(String.format("%-18s UP  %s   (staff console in the browser; log %s)", service.spec().name(),
                                service.spec().url(), service.log()));
                    } else {
                        log(String.format("%-18s UP  %s   (Swagger UI %s/q/swagger-ui, log %s)", service.spec().name(),
                                service.spec().url(), service.spec().managementUrl(), service.log()));
                    }
                    waiting.remove(service);
                }
            }
            if (System.nanoTime() > deadline) {
                List<String> late = new ArrayList<>(waiting.stream().map(s -> s.spec().name() + " (see " + s.log() + ")").toList());
                if (keycloakWaiting) {
                    late.add("keycloak (see " + keycloak.log() + ")");
                }
                throw new IllegalStateException("Not ready within " + timeout.toSeconds() + " s: " + late);
            }
            Thread.sleep(500);
        }
    }

    private void lockDataDirectory() throws IOException {
        lockChannel = FileChannel.open(settings.dataDirectory().resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException("Another local stack is already using " + settings.dataDirectory()
                    + "; stop it or choose another folder with TTHC_DATA_DIR=<folder>");
        }
    }

    /** Stops the services, then Kafka, then PostgreSQL. */
    @Override
    public synchronized void close() {
        for (ServiceProcess service : services) {
            service.stop(Duration.ofSeconds(20));
        }
        services.clear();
        if (keycloak != null) {
            keycloak.stop(Duration.ofSeconds(20));
            keycloak = null;
        }
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
        try {
            if (lock != null) {
                lock.release();
                lockChannel.close();
                lock = null;
            }
        } catch (IOException ignored) {
            // the process is ending
        }
    }

    static void log(String line) {
        System.out.println("[tthc] " + line);
    }
}
