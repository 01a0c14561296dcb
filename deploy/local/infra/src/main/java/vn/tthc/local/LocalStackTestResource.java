package vn.tthc.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.tthc.local.security.TestIdentityProvider;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} its own database on the module's real PostgreSQL server, the module's real Kafka
 * broker, and the test realm ({@link TestIdentityProvider}) whose keys verify the {@code Tokens}. Use with the init
 * argument {@code database}.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        try {
            infrastructure.postgres().ensureDatabase(database);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.postgres().jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "",
                "kafka.bootstrap.servers", infrastructure.kafka().bootstrapServers(),
                // Tokens are verified against the test realm's key set, as against Keycloak's in production.
                "quarkus.oidc.auth-server-url", TestIdentityProvider.get().realmUrl());
    }

    @Override
    public void stop() {
        // The infrastructure lives as long as the test JVM, so that every test class of the module shares it.
    }
}
