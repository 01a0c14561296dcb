package vn.tthc.k8s.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.tthc.k8s.Overlays;
import vn.tthc.k8s.model.StrictYaml;

/** The production realm (base/keycloak/realm-tthc.json): its clients, roles and claims, and its hardening, which each planted weakening breaks. */
class RealmTest {

    private static ObjectNode realm() throws IOException {
        return (ObjectNode) StrictYaml.TREES.readTree(Files.readString(Overlays.K8S.resolve("base/keycloak/realm-tthc.json")));
    }

    @Test
    void the_realm_has_the_clients_roles_and_unit_claim_and_no_secret() throws IOException {
        JsonNode realm = realm();
        assertThat(realm.path("realm").asText()).isEqualTo("tthc");
        assertThat(realm.path("roles").path("realm").findValuesAsText("name")).containsExactlyInAnyOrder(
                "administrator", "planner", "unit-officer", "leader", "auditor", "portal", "integration", "otp-required");
        assertThat(realm.path("clients").findValuesAsText("clientId")).containsExactlyInAnyOrder(
                "plan-service", "reporting-service", "feedback-service", "portal", "integration", "tthc-staff", "admin-cli");
        // Tokens carry the subject, the roles and the readable name only if the realm defines the standard scopes.
        assertThat(realm.path("clientScopes").findValuesAsText("name")).contains("basic", "roles", "profile");
        assertThat(realm.toString()).contains("\"claim.name\":\"unit\"", "\"user.attribute\":\"unit\"");
    }

    @Test
    void the_realm_is_hardened() throws IOException {
        JsonNode realm = realm();
        assertThat(RealmRules.check("realm", realm)).isEmpty();
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as("%s: no password grant", client.path("clientId")).isFalse();
        }
        assertThat(realm.path("failureFactor").asInt()).isBetween(1, 10);
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)", "notUsername", "passwordHistory");
        assertThat(realm.path("browserFlow").asText()).isEqualTo("browser with staff OTP");
    }

    @Test
    void a_client_with_the_password_grant() throws IOException {
        assertThat(violationsAfter(r -> ((ObjectNode) client(r, "tthc-staff")).put("directAccessGrantsEnabled", true)))
                .anySatisfy(v -> assertThat(v).contains("tthc-staff takes the password grant"));
    }

    @Test
    void admin_cli_left_to_keycloak_or_switched_on() throws IOException {
        assertThat(violationsAfter(r -> ((ObjectNode) client(r, "admin-cli")).put("enabled", true)))
                .anySatisfy(v -> assertThat(v).contains("admin-cli client must be switched off"));
        assertThat(violationsAfter(r -> ((ArrayNode) r.path("clients")).remove(index(r, "admin-cli"))))
                .anySatisfy(v -> assertThat(v).contains("admin-cli is not defined"));
    }

    @Test
    void no_password_policy_or_a_short_one() throws IOException {
        assertThat(violationsAfter(r -> r.remove("passwordPolicy"))).anySatisfy(v -> assertThat(v).contains("passwordPolicy"));
        assertThat(violationsAfter(r -> r.put("passwordPolicy", "length(8) and notUsername")))
                .anySatisfy(v -> assertThat(v).contains("length(12)"));
    }

    @Test
    void keycloaks_default_lockout_after_30_failures() throws IOException {
        assertThat(violationsAfter(r -> r.remove("failureFactor"))).anySatisfy(v -> assertThat(v).contains("at most 10 failed logins"));
        assertThat(violationsAfter(r -> r.put("bruteForceProtected", false))).anySatisfy(v -> assertThat(v).contains("at most 10 failed logins"));
    }

    @Test
    void leaders_or_administrators_without_a_one_time_code() throws IOException {
        assertThat(violationsAfter(r -> r.put("browserFlow", "browser")))
                .anySatisfy(v -> assertThat(v).contains("no conditional subflow asking a one-time code"));
        assertThat(violationsAfter(r -> {
            for (JsonNode role : r.path("roles").path("realm")) {
                if (role.path("name").asText().equals("leader")) {
                    ((ObjectNode) role).remove("composites");
                }
            }
        })).anySatisfy(v -> assertThat(v).contains("role leader does not include otp-required"));
        assertThat(violationsAfter(r -> r.path("authenticatorConfig").forEach(c -> ((ObjectNode) c.path("config")).put("negate", "true"))))
                .anySatisfy(v -> assertThat(v).contains("no conditional subflow asking a one-time code"));
    }

    private static List<String> violationsAfter(Consumer<ObjectNode> weaken) throws IOException {
        ObjectNode realm = realm();
        weaken.accept(realm);
        return RealmRules.check("realm", realm).stream().map(Violation::toString).toList();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return realm.path("clients").get(index(realm, clientId));
    }

    private static int index(JsonNode realm, String clientId) {
        for (int i = 0; i < realm.path("clients").size(); i++) {
            if (realm.path("clients").get(i).path("clientId").asText().equals(clientId)) {
                return i;
            }
        }
        throw new AssertionError("no client " + clientId);
    }
}
