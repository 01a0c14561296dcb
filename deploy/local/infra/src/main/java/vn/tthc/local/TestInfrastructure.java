package vn.tthc.local;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One PostgreSQL server and one Kafka broker per test JVM (that is, once per Maven module), on free
 * ports and in a temporary directory, stopped when the JVM exits.
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private TestInfrastructure(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = startNew();
        }
        return instance;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    private static TestInfrastructure startNew() {
        try {
            Path root = Files.createTempDirectory("tthc-test-");
            PostgresServer postgres = PostgresServer.start(root.resolve("postgres"), Ports.free(), false);
            KafkaBroker kafka = new KafkaBroker(root.resolve("kafka"), Ports.free(), Ports.free()).start();
            kafka.ensureTopics(Topics.ALL);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.stop();
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // the JVM is exiting
                }
                Directories.deleteQuietly(root);
            }, "tthc-test-infrastructure-stop"));
            return new TestInfrastructure(postgres, kafka);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test infrastructure: " + e.getMessage(), e);
        }
    }
}
