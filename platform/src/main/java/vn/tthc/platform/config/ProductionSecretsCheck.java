package vn.tthc.platform.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Fails the start of a service whose required secrets ({@code tthc.secrets.required}) are missing or still the
 * local stack's values, when {@code tthc.secrets.enforce} is on: in the {@code prod} profile (every service's
 * application.properties), not in tests or the local stack's {@code local} profile.
 */
@ApplicationScoped
class ProductionSecretsCheck {

    void onStart(@Observes @Priority(1) StartupEvent event, SecretsConfig secrets, Config config) {
        if (!secrets.enforce()) {
            return;
        }
        List<String> problems = ProductionSecrets.problems(secrets.required().orElse(List.of()),
                name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            String application = config.getOptionalValue("quarkus.application.name", String.class).orElse("the service");
            throw new IllegalStateException(ProductionSecrets.refusal(application, problems));
        }
    }
}
