package vn.tthc.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.regex.Pattern;

/** The sender of the current request, read from its verified bearer token; "anonymous" without one. */
@RequestScoped
public class TokenCaller {

    public static final String UNIT_CLAIM = "unit";
    public static final String NAME_CLAIM = "preferred_username";
    public static final String CLIENT_CLAIM = "azp";
    public static final String ANONYMOUS = "anonymous";

    /** A unit code as the organisation tree spells it; a claim that is not one is ignored (the caller has no unit). */
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,49}");

    private final SecurityIdentity identity;

    public TokenCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String subject() {
        JsonWebToken token = token();
        if (token == null) {
            return ANONYMOUS;
        }
        return token.getSubject() == null ? token.getName() : token.getSubject();
    }

    public String name() {
        JsonWebToken token = token();
        if (token == null) {
            return ANONYMOUS;
        }
        String name = stringClaim(token, NAME_CLAIM);
        return name == null ? subject() : name;
    }

    /** The unit code the token names, or null (none, or not shaped like a unit code). */
    public String unit() {
        JsonWebToken token = token();
        String unit = token == null ? null : stringClaim(token, UNIT_CLAIM);
        return unit != null && UNIT_CODE.matcher(unit).matches() ? unit : null;
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The client the token was issued to (its {@code azp}); the subject when the token names none. */
    public String clientId() {
        JsonWebToken token = token();
        if (token == null) {
            return ANONYMOUS;
        }
        String client = stringClaim(token, CLIENT_CLAIM);
        return client == null ? "sub:" + subject() : client;
    }

    private JsonWebToken token() {
        return !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token ? token : null;
    }

    private static String stringClaim(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return text == null || text.isBlank() ? null : text.strip();
    }
}
