package vn.tthc.k8s.check;

import static vn.tthc.k8s.check.Manifests.list;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tthc.k8s.model.Objects;
import vn.tthc.k8s.model.cnpg.Cluster;
import vn.tthc.k8s.model.cnpg.Database;
import vn.tthc.k8s.model.cnpg.ScheduledBackup;
import vn.tthc.k8s.project.ServiceConfig;

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
            Optional<Deployment> deployment = manifests.find(Deployment.class, service.name());
            if (deployment.isEmpty() || service.database().isEmpty()) {
                continue;
            }
            String id = Objects.id(deployment.get());
            Container container = Manifests.mainContainer(deployment.get());
            Optional<String> url = manifests.configValue(container, "QUARKUS_DATASOURCE_JDBC_URL");
            if (url.isEmpty()) {
                violations.add(new Violation("database", id, "QUARKUS_DATASOURCE_JDBC_URL must come from the ConfigMap"));
                continue;
            }
            String database = ServiceConfig.databaseOf(url.get());
            if (!database.equals(service.database())) {
                violations.add(new Violation("database", id, "JDBC URL names database " + database + ", the service's is " + service.database()));
            }
            String host = ServiceConfig.hostOf(url.get()).split("\\.")[0];
            Optional<Cluster> cluster = manifests.find(Cluster.class, host.replaceFirst("-rw$", ""));
            if (!host.endsWith("-rw") || cluster.isEmpty()) {
                violations.add(new Violation("database", id, "JDBC host " + host + " is not the read-write Service of a Cluster"));
                continue;
            }
            Optional<String> owner = owner(manifests, cluster.get(), service.database());
            if (owner.isEmpty()) {
                violations.add(new Violation("database", Objects.id(cluster.get()), "database " + service.database()
                        + " of " + service.name() + " does not exist (no Database or initdb for it)"));
                continue;
            }
            Optional<String> roleSecret = roleSecret(cluster.get(), owner.get());
            if (roleSecret.isEmpty()) {
                violations.add(new Violation("database", Objects.id(cluster.get()), "owner " + owner.get() + " is not a login role with a password Secret"));
                continue;
            }
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                if (!Manifests.secretOf(container, variable).equals(roleSecret)) {
                    violations.add(new Violation("database", id, variable + " must come from " + roleSecret.get() + ", the Secret of role " + owner.get()));
                }
            }
        }
        for (Cluster cluster : manifests.ofKind(Cluster.class)) {
            boolean archives = cluster.getSpec() != null && list(cluster.getSpec().plugins()).stream().anyMatch(p -> Boolean.TRUE.equals(p.isWALArchiver()));
            boolean scheduled = manifests.ofKind(ScheduledBackup.class).stream().anyMatch(b -> b.getSpec() != null && b.getSpec().cluster() != null
                    && Objects.name(cluster).equals(b.getSpec().cluster().name()));
            if (!archives || !scheduled) {
                violations.add(new Violation("database", Objects.id(cluster), "backups: needs a WAL-archiving plugin and a ScheduledBackup"));
            }
        }
        return violations;
    }

    private static Optional<String> owner(Manifests manifests, Cluster cluster, String database) {
        Cluster.Initdb initdb = cluster.getSpec() == null || cluster.getSpec().bootstrap() == null ? null : cluster.getSpec().bootstrap().initdb();
        if (initdb != null && database.equals(initdb.database())) {
            return Optional.of(initdb.owner() == null ? database : initdb.owner());
        }
        return manifests.ofKind(Database.class).stream()
                .map(Database::getSpec)
                .filter(d -> d != null && d.cluster() != null && Objects.name(cluster).equals(d.cluster().name()))
                .filter(d -> database.equals(d.name()) && !"absent".equals(d.ensure()))
                .map(Database.Spec::owner)
                .findFirst();
    }

    private static Optional<String> roleSecret(Cluster cluster, String role) {
        Cluster.Initdb initdb = cluster.getSpec() == null || cluster.getSpec().bootstrap() == null ? null : cluster.getSpec().bootstrap().initdb();
        if (initdb != null && role.equals(initdb.owner()) && initdb.secret() != null && initdb.secret().name() != null) {
            return Optional.of(initdb.secret().name());
        }
        List<Cluster.Role> roles = cluster.getSpec() == null || cluster.getSpec().managed() == null ? List.of() : list(cluster.getSpec().managed().roles());
        return roles.stream()
                .filter(r -> role.equals(r.name()) && Boolean.TRUE.equals(r.login()) && !"absent".equals(r.ensure())
                        && r.passwordSecret() != null && r.passwordSecret().name() != null)
                .map(r -> r.passwordSecret().name())
                .findFirst();
    }
}
