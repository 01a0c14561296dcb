package vn.tthc.k8s.model.cnpg;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;

/** Where the Barman Cloud plugin archives WAL and base backups. */
@Group("barmancloud.cnpg.io")
@Version("v1")
@Kind("ObjectStore")
public class ObjectStore extends CustomResource<ObjectStore.Spec, Void> implements Namespaced {

    public record Spec(String retentionPolicy, Configuration configuration) {
    }

    public record Configuration(String destinationPath, String endpointURL, S3Credentials s3Credentials, Compression wal,
            Compression data) {
    }

    public record S3Credentials(SecretKey accessKeyId, SecretKey secretAccessKey) {
    }

    public record SecretKey(String name, String key) {
    }

    public record Compression(String compression) {
    }
}
