package vn.tthc.bench;

import vn.tthc.local.LocalStackLauncher;
import vn.tthc.local.LocalStackSettings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The stack under test: started as the run command starts it (the launcher in its own JVM, with its data in a
 * fresh folder), or the one already running on the run command's ports. Also what the operating system tells of
 * the services: their processes, start-up times and memory.
 */
final class Stack implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final LocalStackSettings settings;
    private final Process launcher;
    private final double launcherSeconds;

    private Stack(LocalStackSettings settings, Process launcher, double launcherSeconds) {
        this.settings = settings;
        this.launcher = launcher;
        this.launcherSeconds = launcherSeconds;
    }

    /** Starts a fresh stack with its data under {@code dataDirectory}, with the portal's rate limits raised for the run. */
    static Stack start(Path root, Path dataDirectory, Path output) throws Exception {
        deleteRecursively(dataDirectory);
        Files.createDirectories(dataDirectory);
        Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        environment.put("TTHC_ROOT", root.toString());
        environment.put("TTHC_DATA_DIR", dataDirectory.toString());
        LocalStackSettings settings = LocalStackSettings.from(environment);
        settings.requirePortsFree();
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "-DTTHC_ROOT=" + root, "-DTTHC_DATA_DIR=" + dataDirectory, LocalStackLauncher.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The services inherit the launcher's environment: the portal's intake is rate-limited per address and per
        // client, and the bench is one address and one client.
        builder.environment().put("TTHC_RATE_LIMIT_PORTAL_CAPACITY", "100000000");
        builder.environment().put("TTHC_RATE_LIMIT_PORTAL_CLIENT_CAPACITY", "100000000");
        builder.environment().put("TTHC_RATE_LIMIT_PUBLIC_ENDPOINTS_CAPACITY", "100000000");
        // A machine shared with other work may take long to start Keycloak.
        builder.environment().put("TTHC_READINESS_TIMEOUT", "600");
        long started = System.nanoTime();
        Process process = builder.start();
        Path log = output.resolve("launcher.log");
        Thread pump = new Thread(() -> pump(process, log), "bench-launcher-output");
        pump.setDaemon(true);
        pump.start();
        Stack stack = new Stack(settings, process, 0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(660);
        while (!stack.servicesReady()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the launcher stopped; see " + log);
            }
            if (System.nanoTime() > deadline) {
                process.destroy();
                throw new IllegalStateException("the stack was not ready within 660 s; see " + log);
            }
            Thread.sleep(250);
        }
        return new Stack(settings, process, (System.nanoTime() - started) / 1e9);
    }

    /** The stack already running on the run command's ports (its data folder from TTHC_DATA_DIR or ./data). */
    static Stack running(Path root) {
        Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        environment.put("TTHC_ROOT", root.toString());
        Stack stack = new Stack(LocalStackSettings.from(environment), null, Double.NaN);
        if (!stack.servicesReady()) {
            throw new IllegalStateException("no ready stack on the run command's ports (start it with ./mvnw -Prun -DskipTests package)");
        }
        return stack;
    }

    boolean startedHere() {
        return launcher != null;
    }

    /** Seconds from starting the launcher until every service answered ready (NaN for a running stack). */
    double launcherSeconds() {
        return launcherSeconds;
    }

    LocalStackSettings settings() {
        return settings;
    }

    String url(String service) {
        return settings.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().url();
    }

    String realmUrl() {
        return "http://localhost:" + settings.keycloakPort() + "/realms/tthc";
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + database;
    }

    String kafka() {
        return "localhost:" + settings.kafkaPort();
    }

    private boolean servicesReady() {
        Api probe = PROBE;
        for (LocalStackSettings.ServiceSpec service : settings.services()) {
            if (!probe.answersOk(service.url() + "/q/health/ready")) {
                return false;
            }
        }
        return probe.answersOk(realmUrl() + "/.well-known/openid-configuration");
    }

    private static final Api PROBE = new Api("http://localhost");

    /** The service's JVM: the process running its packaged application. */
    Optional<ProcessHandle> process(String service) {
        String jar = service + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(jar)).orElse(false))
                .max(Comparator.comparing(p -> p.info().startInstant().orElse(java.time.Instant.EPOCH)));
    }

    /** Resident memory of the process in MiB, from /proc. */
    static double rssMiB(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // not on Linux, or the process is gone
        }
        return Double.NaN;
    }

    /** The JVM options of the service's process: heap, compilers, GC. */
    static String jvmOptions(ProcessHandle process) {
        List<String> options = new ArrayList<>();
        for (String argument : process.info().arguments().orElse(new String[0])) {
            if (argument.startsWith("-X") || argument.startsWith("-XX")) {
                options.add(argument);
            }
        }
        return String.join(" ", options);
    }

    /** Quarkus's own start-up time, from the last "started in" line of the service's log. */
    double startupSeconds(String service) {
        Path log = settings.dataDirectory().resolve("logs").resolve(service + ".log");
        double seconds = Double.NaN;
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher matcher = STARTED.matcher(line);
                if (matcher.find()) {
                    seconds = Double.parseDouble(matcher.group(1));
                }
            }
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // no log: a stack started elsewhere
        }
        return seconds;
    }

    @Override
    public void close() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        }
    }

    private static void pump(Process process, Path log) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                writer.write(line);
                writer.newLine();
                writer.flush();
                if (line.startsWith("[tthc]")) {
                    System.out.println(line);
                }
            }
        } catch (IOException ignored) {
            // the launcher stopped
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    static Duration seconds(double s) {
        return Duration.ofMillis((long) (s * 1000));
    }
}
