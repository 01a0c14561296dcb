package vn.tthc.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A service's packaged Quarkus application running in its own JVM, its output in a log file. */
final class ServiceProcess {

    private final LocalStackSettings.ServiceSpec spec;
    private final Path log;
    private final Process process;

    private ServiceProcess(LocalStackSettings.ServiceSpec spec, Path log, Process process) {
        this.spec = spec;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess start(LocalStackSettings.ServiceSpec spec, Path application, Path logDirectory,
                                Map<String, String> configuration) throws IOException {
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException(spec.name() + " is not built (" + application + " is missing); build it with ./mvnw -DskipTests package");
        }
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(spec.name() + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions());
        command.add("-Dfile.encoding=UTF-8");
        configuration.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(application.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        // The first start loads demo data (a sample province's units, a real plan, a few feedback items);
        // an environment variable, so that a service without demo data simply ignores it.
        builder.environment().put("TTHC_DEMO_DATA_ENABLED", "true");
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ServiceProcess(spec, log, process);
    }

    /**
     * The JVM's normal compilers (C1 then C2; the optimising compiler matters for token signatures and JSON) and the
     * heap a Kubernetes pod gives the service (70 % of its 768 MiB limit), starting small: {@link #DEFAULT_JVM_OPTIONS}.
     * TTHC_SERVICE_JVM_OPTIONS replaces them (e.g. to add a JFR recording).
     */
    static List<String> jvmOptions() {
        String configured = System.getProperty("TTHC_SERVICE_JVM_OPTIONS", System.getenv("TTHC_SERVICE_JVM_OPTIONS"));
        String options = configured == null || configured.isBlank() ? DEFAULT_JVM_OPTIONS : configured;
        return List.of(options.trim().split("\\s+"));
    }

    static final String DEFAULT_JVM_OPTIONS = "-Xms128m -Xmx512m";

    LocalStackSettings.ServiceSpec spec() {
        return spec;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether {@code /q/health/ready} answers UP (on the management interface). */
    boolean isReady() {
        return ChildProcesses.answersOk(spec.managementUrl() + "/q/health/ready");
    }

    /** Asks the service to shut down gracefully, then forces it after the grace period. */
    void stop(Duration grace) {
        ChildProcesses.stop(process, grace);
    }
}
