package vn.tthc.k8s.model.cnpg;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Map;

/** A CloudNativePG PostgreSQL cluster. */
@Group("postgresql.cnpg.io")
@Version("v1")
@Kind("Cluster")
public class Cluster extends CustomResource<Cluster.Spec, Void> implements Namespaced {

    public record Spec(Integer instances, String imageName, String primaryUpdateStrategy, Storage storage, Storage walStorage,
            Postgresql postgresql, Bootstrap bootstrap, Managed managed, List<Plugin> plugins, Monitoring monitoring,
            ResourceRequirements resources, Affinity affinity) {
    }

    public record Storage(String size, String storageClass) {
    }

    public record Postgresql(Map<String, String> parameters) {
    }

    public record Bootstrap(Initdb initdb) {
    }

    public record Initdb(String database, String owner, Reference secret) {
    }

    public record Managed(List<Role> roles) {
    }

    public record Role(String name, String ensure, Boolean login, Reference passwordSecret) {
    }

    public record Plugin(String name, @JsonProperty("isWALArchiver") Boolean isWALArchiver, Map<String, String> parameters) {
    }

    public record Monitoring(Boolean enablePodMonitor) {
    }

    public record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }

    /** A reference by name (a Cluster, a Secret). */
    public record Reference(String name) {
    }
}
