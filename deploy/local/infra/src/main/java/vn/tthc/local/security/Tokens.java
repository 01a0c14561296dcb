package vn.tthc.local.security;

import io.restassured.http.Header;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import org.eclipse.microprofile.config.ConfigProvider;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens for the services' tests, signed with the test key in this module (tokens/test-signing-key.pem)
 * whose public half the test realm publishes as its key set ({@link TestIdentityProvider}), and shaped like
 * the province's Keycloak tokens: issuer, audience (the service's own), {@code realm_access.roles}, {@code unit}.
 */
public final class Tokens {

    public static final String ISSUER = "https://sso.test.tthc/realms/tthc";
    /** A request carrying this header goes out without any token (see {@link DefaultToken}). */
    public static final String ANONYMOUS = "X-Test-Anonymous";
    /** Who every test request is unless it says otherwise: an administrator who also plans and leads. */
    public static final String DEFAULT_SUBJECT = "test-administrator";

    private static final PrivateKey KEY = load();
    private static String defaultToken;
    private static String portalToken;

    private Tokens() {
    }

    public static Header bearer(String token) {
        return new Header("Authorization", "Bearer " + token);
    }

    public static Header anonymous() {
        return new Header(ANONYMOUS, "true");
    }

    /** Who every staff request is unless it says otherwise (see {@link DefaultToken}). */
    public static synchronized String defaultToken() {
        if (defaultToken == null) {
            defaultToken = claims(DEFAULT_SUBJECT, null, "administrator", "planner", "leader", "unit-officer", "auditor")
                    .expiresAt(Instant.now().plusSeconds(24 * 3600)).sign(KEY);
        }
        return defaultToken;
    }

    /** A staff member of {@code unit} with these roles. */
    public static String staff(String subject, String unit, String... roles) {
        return claims(subject, unit, roles).sign(KEY);
    }

    /** A staff member whose readable name differs from the subject, as Keycloak issues them (sub is a UUID). */
    public static String person(String subject, String name, String unit, String... roles) {
        return claims(subject, unit, roles).claim("preferred_username", name).sign(KEY);
    }

    /** The public-service portal's machine client: client id (azp) {@code portal}, role {@code portal}. */
    public static synchronized String portal() {
        if (portalToken == null) {
            portalToken = claims("service-account-portal", null, "portal").claim("azp", "portal")
                    .expiresAt(Instant.now().plusSeconds(24 * 3600)).sign(KEY);
        }
        return portalToken;
    }

    /** A machine client (client-credentials grant): no unit. */
    public static String client(String clientId, String... roles) {
        return claims("service-account-" + clientId, null, roles).claim("azp", clientId).sign(KEY);
    }

    public static String expired() {
        return claims("late", null, "administrator").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign(KEY);
    }

    public static String wrongIssuer() {
        return claims("stranger", null, "administrator").issuer("https://sso.elsewhere.example/realms/tthc").sign(KEY);
    }

    public static String wrongAudience() {
        return claims("stranger", null, "administrator").audience("some-other-service").sign(KEY);
    }

    /** Not a JWT at all: what a service would have to introspect if it did introspect opaque tokens. */
    public static String opaque() {
        return "8f14e45fceea167a5a36dedd4bea2543";
    }

    /** Three dot-separated parts that do not decode: a JWT in shape only. */
    public static String malformedJwt() {
        return "eyJhbGciOiJSUzI1NiJ9.not-json.c2lnbmF0dXJl";
    }

    /** A well-formed token signed by a key the service does not trust. */
    public static String foreignSignature() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("forger", null, "administrator").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String subject, String unit, String... roles) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER).audience(audience()).subject(subject)
                .claim("preferred_username", subject).claim("azp", "tthc-staff")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        return unit == null ? builder : builder.claim("unit", unit);
    }

    /** The audience the service under test expects: its own {@code quarkus.oidc.token.audience}. */
    public static String audience() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.token.audience", String.class);
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("tokens/test-signing-key.pem");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }
}
