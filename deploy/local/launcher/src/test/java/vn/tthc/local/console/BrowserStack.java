package vn.tthc.local.console;

import vn.tthc.local.LocalStackLauncher;
import vn.tthc.local.Ports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole stack for the browser tests, started once as the run command starts it (the launcher in its own JVM, on
 * free ports, with its data in a temporary folder), or one already running when {@code tthc.browser.console} names
 * its console (e.g. {@code -Dtthc.browser.console=http://localhost:8080} against ./mvnw -Prun).
 */
final class BrowserStack implements AutoCloseable {

    private final Path data;
    private final Process process;
    private final String consoleUrl;

    private BrowserStack(Path data, Process process, String consoleUrl) {
        this.data = data;
        this.process = process;
        this.consoleUrl = consoleUrl;
    }

    static BrowserStack start() throws IOException, InterruptedException {
        String external = System.getProperty("tthc.browser.console");
        if (external != null && !external.isBlank()) {
            return new BrowserStack(null, null, external.replaceAll("/+$", ""));
        }
        Path data = Files.createTempDirectory("tthc-browser-");
        int console = Ports.free();
        List<String> command = List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-DTTHC_ROOT=" + System.getProperty("tthc.root"),
                "-DTTHC_DATA_DIR=" + data,
                "-DTTHC_POSTGRES_PORT=" + Ports.free(),
                "-DTTHC_KAFKA_PORT=" + Ports.free(),
                "-DTTHC_KAFKA_CONTROLLER_PORT=" + Ports.free(),
                "-DPLAN_PORT=" + Ports.free(),
                "-DREPORTING_PORT=" + Ports.free(),
                "-DFEEDBACK_PORT=" + Ports.free(),
                "-DTTHC_KEYCLOAK_PORT=" + Ports.free(),
                "-DCONSOLE_PORT=" + console,
                LocalStackLauncher.class.getName());
        Path output = data.resolveSibling(data.getFileName() + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        BrowserStack stack = new BrowserStack(data, process, "http://localhost:" + console);
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (true) {
            String text = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
            if (text.contains("All services are up")) {
                return stack;
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                stack.close();
                throw new IllegalStateException("the stack did not start:\n" + text);
            }
            Thread.sleep(500);
        }
    }

    String consoleUrl() {
        return consoleUrl;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        if (data != null) {
            try {
                Files.deleteIfExists(data.resolveSibling(data.getFileName() + ".out"));
            } catch (IOException ignored) {
                // the launcher's output left behind
            }
            try (var paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind
            }
        }
    }
}
