package vn.tthc.feedback.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.tthc.feedback.Caller;

import java.util.regex.Pattern;

/** The {@link Caller} of the current request, read from its verified bearer token. */
@RequestScoped
public class CurrentCaller {

    public static final String UNIT_CLAIM = "unit";
    public static final String NAME_CLAIM = "preferred_username";
    public static final String CLIENT_CLAIM = "azp";

    /** A unit code as the organisation tree spells it; a claim that is not one is ignored (the caller has no unit). */
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,49}");

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return new Caller("anonymous", "anonymous", null, identity.getRoles());
        }
        String subject = subject(token);
        String name = stringClaim(token, NAME_CLAIM);
        String unit = stringClaim(token, UNIT_CLAIM);
        return new Caller(subject, name == null ? subject : name,
                unit != null && UNIT_CODE.matcher(unit).matches() ? unit : null, identity.getRoles());
    }

    /** The client the token was issued to (its {@code azp}); the subject when the token names none. */
    public String clientId() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return "anonymous";
        }
        String client = stringClaim(token, CLIENT_CLAIM);
        return client == null ? "sub:" + subject(token) : client;
    }

    private static String subject(JsonWebToken token) {
        return token.getSubject() == null ? token.getName() : token.getSubject();
    }

    private static String stringClaim(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return text == null || text.isBlank() ? null : text.strip();
    }
}
