package vn.tthc.platform.errors;

/** A write based on a version that is no longer the current one (answered with 412). */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(Object id, long expected, long current) {
        super(id + ": expected version " + expected + ", current " + current);
    }

    public StaleVersionException(String entity, Object id, long expected, long current) {
        super(entity + " " + id + " is at version " + current + ", not " + expected);
    }

    /** Checks an optional expected version (from If-Match) against the current one. */
    public static void check(Object id, Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(id, expected, current);
        }
    }

    /** Checks an optional expected version of the named kind of entity against the current one. */
    public static void check(String entity, Object id, Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(entity, id, expected, current);
        }
    }
}
