package vn.tthc.feedback.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import vn.tthc.feedback.Actor;
import vn.tthc.feedback.InvalidFieldException;

import java.util.regex.Pattern;

/**
 * Resolves who takes a staff action. TEMPORARY: until OIDC is in place (a later issue), the staff member's
 * id comes from the {@code X-Actor} header and their unit from {@code X-Unit}. This is the one place that
 * will read them from the token instead.
 */
@RequestScoped
public class ActorHeaders {

    public static final String ACTOR = "X-Actor";
    public static final String UNIT = "X-Unit";

    private static final Pattern ACTOR_ID = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,49}");

    @Context
    HttpHeaders headers;

    /** The acting staff member; 400 when the request does not say who it is. */
    public Actor require() {
        String id = headers.getHeaderString(ACTOR);
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException(ACTOR, "actor.missing");
        }
        if (!ACTOR_ID.matcher(id.strip()).matches()) {
            throw new InvalidFieldException(ACTOR, "actor.invalid");
        }
        String unit = headers.getHeaderString(UNIT);
        if (unit != null && !unit.isBlank() && !UNIT_CODE.matcher(unit.strip()).matches()) {
            throw new InvalidFieldException(UNIT, "unit.invalid");
        }
        return new Actor(id.strip(), unit == null || unit.isBlank() ? null : unit.strip());
    }
}
