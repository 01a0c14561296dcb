package vn.tthc.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tthc.k8s.project.ServiceConfig;
import vn.tthc.k8s.render.Resources;

/**
 * Every service's database (the name in its JDBC URL) exists in the CloudNativePG Cluster its ConfigMap points
 * at (through the Cluster's read-write Service), owned by a login role whose password Secret is the one the
 * Deployment reads its credentials from; and every Cluster archives its WAL and has a scheduled backup.
 */
final class DatabaseCoverage implements Rule {

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (ServiceConfig service : manifests.services()) {
            Optional<ObjectNode> deployment = manifests.find("Deployment", service.name());
            if (deployment.isEmpty() || service.database().isEmpty()) {
                continue;
            }
            String id = Resources.id(deployment.get());
            JsonNode container = deployment.get().path("spec").path("template").path("spec").path("containers").path(0);
            Optional<String> url = manifests.configValue(container, "QUARKUS_DATASOURCE_JDBC_URL");
            if (url.isEmpty()) {
                violations.add(new Violation("database", id, "QUARKUS_DATASOURCE_JDBC_URL must come from the ConfigMap"));
                continue;
            }
            String database = ServiceConfig.databaseOf(url.get());
            if (!database.equals(service.database())) {
                violations.add(new Violation("database", id, "JDBC URL names database " + database + ", the service's is " + service.database()));
            }
            String host = ServiceConfig.hostOf(url.get());
            String clusterName = host.split("\\.")[0].replaceFirst("-rw$", "");
            Optional<ObjectNode> cluster = manifests.find("Cluster", clusterName);
            if (!host.split("\\.")[0].endsWith("-rw") || cluster.isEmpty()) {
                violations.add(new Violation("database", id, "JDBC host " + host + " is not the read-write Service of a Cluster"));
                continue;
            }
            Optional<String> owner = owner(manifests, cluster.get(), service.database());
            if (owner.isEmpty()) {
                violations.add(new Violation("database", Resources.id(cluster.get()), "database " + service.database()
                        + " of " + service.name() + " does not exist (no Database or initdb for it)"));
                continue;
            }
            Optional<String> roleSecret = roleSecret(cluster.get(), owner.get());
            if (roleSecret.isEmpty()) {
                violations.add(new Violation("database", Resources.id(cluster.get()), "owner " + owner.get() + " is not a login role with a password Secret"));
                continue;
            }
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                if (!Manifests.secretOf(container, variable).equals(roleSecret)) {
                    violations.add(new Violation("database", id, variable + " must come from " + roleSecret.get() + ", the Secret of role " + owner.get()));
                }
            }
        }
        for (ObjectNode cluster : manifests.ofKind("Cluster")) {
            boolean archives = false;
            for (JsonNode plugin : cluster.path("spec").path("plugins")) {
                archives |= plugin.path("isWALArchiver").asBoolean(false);
            }
            boolean scheduled = manifests.ofKind("ScheduledBackup").stream()
                    .anyMatch(b -> b.path("spec").path("cluster").path("name").asText().equals(Resources.name(cluster)));
            if (!archives || !scheduled) {
                violations.add(new Violation("database", Resources.id(cluster), "backups: needs a WAL-archiving plugin and a ScheduledBackup"));
            }
        }
        return violations;
    }

    private static Optional<String> owner(Manifests manifests, ObjectNode cluster, String database) {
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        if (initdb.path("database").asText().equals(database)) {
            return Optional.of(initdb.path("owner").asText(database));
        }
        return manifests.ofKind("Database").stream()
                .filter(d -> d.path("spec").path("cluster").path("name").asText().equals(Resources.name(cluster)))
                .filter(d -> d.path("spec").path("name").asText().equals(database))
                .filter(d -> !"absent".equals(d.path("spec").path("ensure").asText()))
                .map(d -> d.path("spec").path("owner").asText())
                .findFirst();
    }

    private static Optional<String> roleSecret(ObjectNode cluster, String role) {
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        if (initdb.path("owner").asText().equals(role) && initdb.path("secret").has("name")) {
            return Optional.of(initdb.path("secret").path("name").asText());
        }
        for (JsonNode managed : cluster.path("spec").path("managed").path("roles")) {
            if (managed.path("name").asText().equals(role) && managed.path("login").asBoolean(false)
                    && !"absent".equals(managed.path("ensure").asText()) && managed.path("passwordSecret").has("name")) {
                return Optional.of(managed.path("passwordSecret").path("name").asText());
            }
        }
        return Optional.empty();
    }
}
