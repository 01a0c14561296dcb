package vn.tthc.local.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the ERROR (and worse) lines any logger of the test JVM writes while it is open, e.g. around requests that
 * a service should refuse quietly: {@code try (ErrorLog errors = ErrorLog.open()) { ... } errors.lines()}.
 */
public final class ErrorLog extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    private ErrorLog() {
        setLevel(Level.SEVERE);
        root.addHandler(this);
    }

    public static ErrorLog open() {
        return new ErrorLog();
    }

    /** Each ERROR line so far: logger, message. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            lines.add(record.getLoggerName() + ": " + record.getMessage());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
