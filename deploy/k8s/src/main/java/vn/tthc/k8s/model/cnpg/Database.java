package vn.tthc.k8s.model.cnpg;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;

/** A database in a CloudNativePG cluster, owned by a role. */
@Group("postgresql.cnpg.io")
@Version("v1")
@Kind("Database")
public class Database extends CustomResource<Database.Spec, Void> implements Namespaced {

    public record Spec(Cluster.Reference cluster, String name, String owner, String ensure, String databaseReclaimPolicy) {
    }
}
