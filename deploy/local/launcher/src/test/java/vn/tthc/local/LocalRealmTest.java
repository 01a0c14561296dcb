package vn.tthc.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm the local stack imports: production's realm plus demo users who can actually sign in and act. */
class LocalRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root = ProjectRoot.find();

    @Test
    void theStaffClientTakesThePasswordGrantLocallyButKeepsTheProductionSettings() throws IOException {
        JsonNode realm = JSON.readTree(LocalRealm.read(root));
        JsonNode staff = client(realm, "tthc-staff");
        assertThat(staff.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(staff.path("publicClient").asBoolean()).isTrue();
        assertThat(staff.path("defaultClientScopes").toString()).contains("tthc-unit", "tthc-audience", "roles", "basic");
        assertThat(client(JSON.readTree(root.resolve(LocalRealm.BASE).toFile()), "tthc-staff")
                .path("directAccessGrantsEnabled").asBoolean()).as("production realm file unchanged").isFalse();
    }

    @Test
    void theDemoUsersKeepTheirConveniencesWhileProductionIsHardened() throws IOException {
        JsonNode production = JSON.readTree(root.resolve(LocalRealm.BASE).toFile());
        assertThat(production.path("passwordPolicy").asText()).as("production").contains("length(12)");
        assertThat(production.path("browserFlow").asText()).as("production").isEqualTo("browser with staff OTP");
        JsonNode realm = JSON.readTree(LocalRealm.read(root));
        // The password 'demo', no one-time code: no password policy, Keycloak's default flows.
        assertThat(realm.has("passwordPolicy")).isFalse();
        assertThat(realm.has("authenticationFlows")).isFalse();
        assertThat(realm.has("authenticatorConfig")).isFalse();
        assertThat(realm.has("browserFlow")).isFalse();
        // What is not a convenience stays as in production: brute-force lockout, the admin-cli client switched off.
        assertThat(realm.path("failureFactor").asInt()).isEqualTo(production.path("failureFactor").asInt());
        assertThat(client(realm, "admin-cli").path("enabled").asBoolean()).isFalse();
        assertThat(realm.has("_comment")).isFalse();
    }

    @Test
    void everyDemoUserHasKnownRolesAndADemoUnit() throws IOException {
        JsonNode realm = JSON.readTree(LocalRealm.read(root));
        Set<String> roles = new HashSet<>(realm.path("roles").path("realm").findValuesAsText("name"));
        Set<String> demoUnits = new HashSet<>(JSON.readTree(root.resolve("plan-service/src/main/resources/demo/units.json").toFile())
                .findValuesAsText("code"));
        Set<String> staffRoles = new HashSet<>();
        int people = 0;
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            people++;
            user.path("realmRoles").forEach(role -> staffRoles.add(role.asText()));
            user.path("realmRoles").forEach(role -> assertThat(roles).contains(role.asText()));
            assertThat(demoUnits).as("unit of %s", user.path("username").asText()).contains(user.path("attributes").path("unit").path(0).asText());
        }
        assertThat(people).isGreaterThanOrEqualTo(5);
        assertThat(staffRoles).as("a demo user for every staff role")
                .containsAll(Set.of("administrator", "planner", "unit-officer", "leader", "auditor"));
    }

    @Test
    void theMachineClientsSecretsAreFilledInForTheLocalImport() {
        assertThat(LocalRealm.secrets()).containsKeys("TTHC_PORTAL_CLIENT_SECRET", "TTHC_INTEGRATION_CLIENT_SECRET")
                .allSatisfy((name, value) -> assertThat(value).isNotBlank());
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }
}
