package vn.tthc.k8s.model.cnpg;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.Map;

/** A recurring base backup of a CloudNativePG cluster. */
@Group("postgresql.cnpg.io")
@Version("v1")
@Kind("ScheduledBackup")
public class ScheduledBackup extends CustomResource<ScheduledBackup.Spec, Void> implements Namespaced {

    public record Spec(String schedule, String backupOwnerReference, Boolean immediate, Cluster.Reference cluster, String method,
            PluginConfiguration pluginConfiguration) {
    }

    public record PluginConfiguration(String name, Map<String, String> parameters) {
    }
}
