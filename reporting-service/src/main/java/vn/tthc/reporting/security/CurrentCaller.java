package vn.tthc.reporting.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.tthc.reporting.Caller;

/** The {@link Caller} of the current request, read from its verified bearer token. */
@RequestScoped
public class CurrentCaller {

    public static final String UNIT_CLAIM = "unit";
    public static final String NAME_CLAIM = "preferred_username";

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return new Caller("anonymous", "anonymous", null, identity.getRoles());
        }
        String subject = token.getSubject() == null ? token.getName() : token.getSubject();
        String name = stringClaim(token, NAME_CLAIM);
        return new Caller(subject, name == null ? subject : name, stringClaim(token, UNIT_CLAIM), identity.getRoles());
    }

    private static String stringClaim(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return text == null || text.isBlank() ? null : text.strip();
    }
}
