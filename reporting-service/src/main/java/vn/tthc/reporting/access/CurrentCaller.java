package vn.tthc.reporting.access;

import jakarta.enterprise.context.RequestScoped;
import vn.tthc.reporting.Caller;
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
}
