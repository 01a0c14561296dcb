package vn.tthc.local;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** The run command: starts the local stack, prints its URLs and runs until Ctrl-C, then stops everything. */
public final class LocalStackLauncher {

    private LocalStackLauncher() {
    }

    /** How long the stack may take to be ready (TTHC_READINESS_TIMEOUT, seconds; 180 by default, more on a busy machine). */
    static Duration readinessTimeout() {
        String value = System.getProperty("TTHC_READINESS_TIMEOUT", System.getenv("TTHC_READINESS_TIMEOUT"));
        try {
            return Duration.ofSeconds(value == null || value.isBlank() ? 180 : Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("TTHC_READINESS_TIMEOUT=" + value + " is not a number of seconds");
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("TTHC_LOG_LEVEL", "warn"));
        LocalStackSettings settings;
        try {
            settings = LocalStackSettings.from(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("[tthc] " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LocalStack.log("Stopping…");
            stack.close();
            LocalStack.log("Stopped.");
            stopped.countDown();
        }, "tthc-stop"));
        long started = System.nanoTime();
        try {
            stack.start(readinessTimeout());
        } catch (Ports.PortTakenException e) {
            System.err.println("[tthc] " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("[tthc] Could not start: " + e.getMessage());
            System.exit(1);
        }
        LocalStack.log("Every API needs a token; demo users (password 'demo'), e.g. planner vanphong.skhcn:");
        LocalStack.log("  curl -s " + stack.tokenUrl() + " -d grant_type=password -d client_id=tthc-staff"
                + " -d username=vanphong.skhcn -d password=demo   (README.md, 'Calling the APIs with a token')");
        LocalStack.log(String.format("All services are up (%.0f s). Press Ctrl-C to stop.",
                (System.nanoTime() - started) / 1e9));
        stopped.await();
    }
}
