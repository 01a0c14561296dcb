package vn.tthc.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The realm the local stack imports: the production realm of {@code deploy/k8s} (clients, roles, the
 * {@code unit} claim) plus {@code deploy/local/keycloak/realm-local.json} (demo users, the password grant on
 * the staff client, and top-level settings that replace production's or, when null, remove them: no password
 * policy and no one-time codes for the demo users), with fixed client secrets that only mean something on this
 * machine.
 */
final class LocalRealm {

    static final String BASE = "deploy/k8s/base/keycloak/realm-tthc.json";
    static final String LOCAL = "deploy/local/keycloak/realm-local.json";
    static final String PORTAL_SECRET = "portal-local-secret";
    static final String INTEGRATION_SECRET = "integration-local-secret";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalRealm() {
    }

    /** The merged realm as JSON text. */
    static String read(Path projectRoot) throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(projectRoot.resolve(BASE).toFile());
        JsonNode local = JSON.readTree(projectRoot.resolve(LOCAL).toFile());
        ArrayNode clients = (ArrayNode) realm.withArray("clients");
        for (JsonNode overlay : local.path("clients")) {
            ObjectNode client = find(clients, overlay.path("clientId").asText());
            if (client == null) {
                clients.add(overlay);
            } else {
                client.setAll((ObjectNode) overlay);
            }
        }
        realm.withArray("users").addAll((ArrayNode) local.withArray("users"));
        local.fields().forEachRemaining(setting -> {
            if (List.of("_comment", "clients", "users").contains(setting.getKey())) {
                return;
            }
            if (setting.getValue().isNull()) {
                realm.remove(setting.getKey());
            } else {
                realm.set(setting.getKey(), setting.getValue());
            }
        });
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    /** The values Keycloak substitutes for the realm's {@code ${...}} placeholders at import. */
    static Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("TTHC_PLAN_SERVICE_CLIENT_SECRET", "plan-service-local-secret");
        secrets.put("TTHC_REPORTING_SERVICE_CLIENT_SECRET", "reporting-service-local-secret");
        secrets.put("TTHC_FEEDBACK_SERVICE_CLIENT_SECRET", "feedback-service-local-secret");
        secrets.put("TTHC_PORTAL_CLIENT_SECRET", PORTAL_SECRET);
        secrets.put("TTHC_INTEGRATION_CLIENT_SECRET", INTEGRATION_SECRET);
        return secrets;
    }

    private static ObjectNode find(ArrayNode clients, String clientId) {
        for (JsonNode client : clients) {
            if (clientId.equals(client.path("clientId").asText())) {
                return (ObjectNode) client;
            }
        }
        return null;
    }
}
