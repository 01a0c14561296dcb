package vn.tthc.reporting;

/** An update made against a version of the resource that is no longer current (answered with 412). */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String entity, Object id, long expected, long current) {
        super(entity + " " + id + " is at version " + current + ", not " + expected);
    }

    /** Fails when the client named a version ({@code expected} not null) other than the current one. */
    public static void check(String entity, Object id, Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(entity, id, expected, current);
        }
    }
}
