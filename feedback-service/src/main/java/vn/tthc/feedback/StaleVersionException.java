package vn.tthc.feedback;

/** A write based on a version that is no longer the current one (answered with 412). */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(Object id, long expected, long current) {
        super(id + ": expected version " + expected + ", current " + current);
    }

    /** Checks an optional expected version (from If-Match) against the current one. */
    public static void check(Object id, Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(id, expected, current);
        }
    }
}
