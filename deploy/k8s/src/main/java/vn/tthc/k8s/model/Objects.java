package vn.tthc.k8s.model;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;

/** How objects are named in messages and found. */
public final class Objects {

    private Objects() {
    }

    /** "Kind/name". */
    public static String id(HasMetadata object) {
        return object.getKind() + "/" + name(object);
    }

    public static String name(HasMetadata object) {
        return object.getMetadata() == null || object.getMetadata().getName() == null ? "" : object.getMetadata().getName();
    }

    public static String namespace(HasMetadata object) {
        return object.getMetadata() == null || object.getMetadata().getNamespace() == null ? "" : object.getMetadata().getNamespace();
    }

    /** A label's value. */
    public static Optional<String> label(HasMetadata object, String key) {
        return object.getMetadata() == null || object.getMetadata().getLabels() == null ? Optional.empty()
                : Optional.ofNullable(object.getMetadata().getLabels().get(key));
    }
}
