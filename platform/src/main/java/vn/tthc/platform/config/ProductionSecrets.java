package vn.tthc.platform.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The secrets a service must be given in production (its {@code tthc.secrets.required} list: the database
 * password, the OIDC client secret, feedback-service's lookup-secret key) and what counts as not given: unset or
 * blank, one of the local stack's values (they are public, in this repository), or too short to be random. Each
 * problem names the environment variable that sets the property, so the operator knows what to create
 * (deploy/README.md, "Secrets you create").
 */
public final class ProductionSecrets {

    /** Words that only the local stack's values contain ("local-stack-only-change-me", "portal-local-secret"…). */
    public static final List<String> LOCAL_MARKERS = List.of("change-me", "changeme", "local-secret", "local-stack");

    /** A secret shorter than this is not a random one ({@code openssl rand -base64 24} gives 32 characters). */
    public static final int MIN_LENGTH = 16;

    private ProductionSecrets() {
    }

    /** The environment variable Quarkus reads a property from: {@code tthc.feedback.lookup-secret-key} → {@code TTHC_FEEDBACK_LOOKUP_SECRET_KEY}. */
    public static String environmentVariable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** One line per required secret that is not properly set, in the order given. */
    public static List<String> problems(Collection<String> required, Function<String, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        for (String property : required) {
            String name = property.trim();
            if (name.isEmpty()) {
                continue;
            }
            String variable = environmentVariable(name);
            String value = lookup.apply(name).map(String::trim).orElse("");
            if (value.isEmpty()) {
                problems.add(name + " is not set: set " + variable);
            } else if (LOCAL_MARKERS.stream().anyMatch(marker -> value.toLowerCase(Locale.ROOT).contains(marker))) {
                problems.add(name + " has the local stack's value: set " + variable + " to a secret of your own");
            } else if (value.length() < MIN_LENGTH) {
                problems.add(name + " is shorter than " + MIN_LENGTH + " characters: set " + variable + " to a random value");
            }
        }
        return problems;
    }

    /** The message a service refuses to start with. */
    public static String refusal(String application, List<String> problems) {
        return application + " refuses to start in production with a default secret (deploy/README.md, \"Secrets you create\"): "
                + String.join("; ", problems);
    }
}
