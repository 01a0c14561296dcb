package vn.tthc.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tthc.k8s.model.Objects;
import vn.tthc.k8s.model.StrictYaml;

/**
 * The production realm that Keycloak imports (the ConfigMap keycloak-realm, from base/keycloak/realm-tthc.json) is
 * hardened: no client takes the password grant or the implicit flow, the built-in admin-cli client is defined and
 * switched off (else Keycloak adds it with the password grant), confidential clients' secrets are ${ENV}
 * placeholders, passwords follow a policy (at least 12 characters, not the username), an account locks after at
 * most 10 failed logins, and the browser login asks a one-time code of every leader and administrator (a
 * conditional subflow on a role that both include).
 */
public final class RealmRules implements Rule {

    public static final String CONFIG_MAP = "keycloak-realm";
    public static final int MAX_FAILURES = 10;
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** The staff roles that decide: approve answers, accept reports, administer. */
    public static final List<String> OTP_ROLES = List.of("leader", "administrator");

    @Override
    public List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (ConfigMap map : manifests.find(ConfigMap.class, CONFIG_MAP).stream().toList()) {
            (map.getData() == null ? Map.<String, String>of() : map.getData()).forEach((key, json) -> {
                String where = Objects.id(map) + " " + key;
                try {
                    violations.addAll(check(where, StrictYaml.TREES.readTree(json)));
                } catch (IOException e) {
                    violations.add(new Violation("realm", where, "not valid JSON: " + e.getMessage()));
                }
            });
        }
        return violations;
    }

    /** The realm's violations of the rules above. */
    public static List<Violation> check(String where, JsonNode realm) {
        List<Violation> violations = new ArrayList<>();
        boolean adminCli = false;
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
                violations.add(new Violation("realm", where, "client " + id + " takes the password grant (directAccessGrantsEnabled)"));
            }
            if (client.path("implicitFlowEnabled").asBoolean(false)) {
                violations.add(new Violation("realm", where, "client " + id + " takes the implicit flow"));
            }
            if (client.path("publicClient").asBoolean(false) && client.has("secret")) {
                violations.add(new Violation("realm", where, "public client " + id + " has a secret"));
            }
            if (!client.path("publicClient").asBoolean(false) && client.has("secret") && !client.path("secret").asText().matches("\\$\\{[A-Z_]+}")) {
                violations.add(new Violation("realm", where, "client " + id + "'s secret must be a ${ENV} placeholder, not a value"));
            }
            if (id.equals("admin-cli")) {
                adminCli = true;
                if (client.path("enabled").asBoolean(true)) {
                    violations.add(new Violation("realm", where, "the admin-cli client must be switched off (enabled: false)"));
                }
            }
        }
        if (!adminCli) {
            violations.add(new Violation("realm", where, "admin-cli is not defined: Keycloak adds it with the password grant"));
        }
        String policy = realm.path("passwordPolicy").asText("");
        Matcher length = Pattern.compile("length\\((\\d+)\\)").matcher(policy);
        if (!length.find() || Integer.parseInt(length.group(1)) < MIN_PASSWORD_LENGTH || !policy.contains("notUsername")) {
            violations.add(new Violation("realm", where, "passwordPolicy must ask for length(" + MIN_PASSWORD_LENGTH
                    + ") or more and notUsername: '" + policy + "'"));
        }
        if (!realm.path("bruteForceProtected").asBoolean(false) || realm.path("failureFactor").asInt(30) > MAX_FAILURES) {
            violations.add(new Violation("realm", where, "accounts must lock after at most " + MAX_FAILURES
                    + " failed logins (bruteForceProtected, failureFactor; Keycloak's default is 30)"));
        }
        Optional<String> otpRole = otpRole(realm, realm.path("browserFlow").asText(""));
        if (otpRole.isEmpty()) {
            violations.add(new Violation("realm", where, "the browser flow '" + realm.path("browserFlow").asText("(Keycloak's default)")
                    + "' has no conditional subflow asking a one-time code (auth-otp-form) of a role"));
        } else {
            for (String role : OTP_ROLES) {
                if (!includes(realm, role, otpRole.get())) {
                    violations.add(new Violation("realm", where, "role " + role + " does not include " + otpRole.get()
                            + ": its users sign in without a one-time code"));
                }
            }
        }
        return violations;
    }

    /** The role a CONDITIONAL subflow of the flow (at any depth) requires a one-time code of. */
    private static Optional<String> otpRole(JsonNode realm, String flowAlias) {
        Map<String, JsonNode> flows = new HashMap<>();
        realm.path("authenticationFlows").forEach(flow -> flows.put(flow.path("alias").asText(), flow));
        Map<String, String> roleOfConfig = new HashMap<>();
        realm.path("authenticatorConfig").forEach(config -> roleOfConfig.put(config.path("alias").asText(),
                config.path("config").path("negate").asBoolean(false) ? "" : config.path("config").path("condUserRole").asText("")));
        return otpRole(flows, roleOfConfig, flows.get(flowAlias), 0);
    }

    private static Optional<String> otpRole(Map<String, JsonNode> flows, Map<String, String> roleOfConfig, JsonNode flow, int depth) {
        if (flow == null || depth > 10) {
            return Optional.empty();
        }
        String role = "";
        boolean otp = false;
        for (JsonNode execution : flow.path("authenticationExecutions")) {
            String authenticator = execution.path("authenticator").asText("");
            boolean required = "REQUIRED".equals(execution.path("requirement").asText());
            if (required && authenticator.equals("conditional-user-role")) {
                role = roleOfConfig.getOrDefault(execution.path("authenticatorConfig").asText(), "");
            }
            otp |= required && authenticator.equals("auth-otp-form");
        }
        if (otp && !role.isEmpty()) {
            return Optional.of(role);
        }
        for (JsonNode execution : flow.path("authenticationExecutions")) {
            if (execution.path("authenticatorFlow").asBoolean(false) && !"DISABLED".equals(execution.path("requirement").asText())) {
                Optional<String> found = otpRole(flows, roleOfConfig, flows.get(execution.path("flowAlias").asText()), depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a realm role is, or includes (through composites), another. */
    private static boolean includes(JsonNode realm, String role, String included) {
        if (role.equals(included)) {
            return true;
        }
        for (JsonNode candidate : realm.path("roles").path("realm")) {
            if (candidate.path("name").asText().equals(role)) {
                for (JsonNode composite : candidate.path("composites").path("realm")) {
                    if (includes(realm, composite.asText(), included)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
