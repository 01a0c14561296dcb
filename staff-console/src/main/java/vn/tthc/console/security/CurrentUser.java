package vn.tthc.console.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The signed-in person of the request, read from the access token of their session (verified by quarkus-oidc:
 * roles come from the access token, quarkus.oidc.roles.source=accesstoken).
 */
@RequestScoped
public class CurrentUser {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SecurityIdentity identity;

    private ConsoleUser user;

    public ConsoleUser get() {
        if (user == null) {
            user = read();
        }
        return user;
    }

    private ConsoleUser read() {
        if (identity == null || identity.isAnonymous()) {
            return ConsoleUser.anonymous();
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        JsonNode claims = credential == null ? null : claims(credential.getToken());
        Set<String> roles = new LinkedHashSet<>(identity.getRoles());
        if (claims == null) {
            return new ConsoleUser(identity.getPrincipal().getName(), identity.getPrincipal().getName(),
                    identity.getPrincipal().getName(), null, roles);
        }
        return fromClaims(claims, roles);
    }

    /** The user the claims of an access token describe (roles from realm_access.roles unless given). */
    public static ConsoleUser fromClaims(JsonNode claims, Set<String> roles) {
        Set<String> all = new LinkedHashSet<>(roles);
        for (JsonNode role : claims.path("realm_access").path("roles")) {
            all.add(role.asText());
        }
        String username = text(claims, "preferred_username");
        String name = text(claims, "name");
        return new ConsoleUser(text(claims, "sub"), username, name == null ? username : name, text(claims, "unit"), all);
    }

    /** The payload of a JWT (already verified by quarkus-oidc), or null when it is not one. */
    public static JsonNode claims(String jwt) {
        if (jwt == null) {
            return null;
        }
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
