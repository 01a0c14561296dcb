package vn.tthc.k8s.model.certmanager;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;

/**
 * A cert-manager certificate (cert-manager.io/v1), limited to the fields these manifests use: fabric8's
 * cert-manager model is not on Maven Central at the fabric8 version the Quarkus BOM brings. A field the model lacks
 * is reported like a misspelt one; add real fields of the CRD here when a manifest starts to use them.
 */
@Group("cert-manager.io")
@Version("v1")
@Kind("Certificate")
public class Certificate extends CustomResource<Certificate.Spec, Void> implements Namespaced {

    public record Spec(String secretName, List<String> dnsNames, IssuerRef issuerRef, String duration, String renewBefore,
            PrivateKey privateKey) {
    }

    public record IssuerRef(String name, String kind, String group) {
    }

    public record PrivateKey(String algorithm, Integer size, String rotationPolicy) {
    }
}
