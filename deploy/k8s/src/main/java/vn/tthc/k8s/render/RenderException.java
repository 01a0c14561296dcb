package vn.tthc.k8s.render;

/** A kustomization that cannot be rendered, or uses a feature this renderer does not support. */
public class RenderException extends RuntimeException {

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
