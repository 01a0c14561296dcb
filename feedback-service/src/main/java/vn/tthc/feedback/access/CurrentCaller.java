package vn.tthc.feedback.access;

import jakarta.enterprise.context.RequestScoped;
import vn.tthc.feedback.Caller;
import vn.tthc.platform.security.TokenCaller;

/** The {@link Caller} of the current request, read from its verified bearer token. */
@RequestScoped
public class CurrentCaller {

    private final TokenCaller token;

    public CurrentCaller(TokenCaller token) {
        this.token = token;
    }

    public Caller get() {
        return new Caller(token.subject(), token.name(), token.unit(), token.roles());
    }

    /** The client the token was issued to (its {@code azp}); the subject when the token names none. */
    public String clientId() {
        return token.clientId();
    }
}
