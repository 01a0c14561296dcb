package vn.tthc.platform.errors;

/**
 * The caller may not act on (or see) this resource. Raised the same way for another unit's resource and for
 * one that does not exist, so the answer never tells whether an id exists outside the caller's units.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException() {
        super("access denied", null, false, false);
    }
}
