package vn.tthc.local.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Debian's chromium and chromium-driver, found on this machine (TTHC_CHROMIUM and TTHC_CHROMEDRIVER name others).
 * The browser tests run only when both are there; otherwise they say so in one line and are skipped.
 */
final class Chromium {

    private Chromium() {
    }

    static Optional<Path> browser() {
        return find("TTHC_CHROMIUM", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"));
    }

    static Optional<Path> driver() {
        return find("TTHC_CHROMEDRIVER", List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
    }

    /** Why the browser tests cannot run here, or empty when they can. */
    static Optional<String> missing() {
        if (browser().isEmpty() || driver().isEmpty()) {
            return Optional.of("Staff console browser tests skipped: chromium and chromium-driver are not installed"
                    + " (apt-get install -y chromium chromium-driver, or set TTHC_CHROMIUM and TTHC_CHROMEDRIVER).");
        }
        return Optional.empty();
    }

    private static Optional<Path> find(String setting, List<String> candidates) {
        String configured = System.getProperty(setting, System.getenv(setting));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
