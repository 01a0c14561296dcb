package vn.tthc.feedback;

/**
 * Who takes a staff action, and for which unit. Today it comes from the temporary {@code X-Actor} and
 * {@code X-Unit} request headers (see rest/ActorHeaders); once OIDC is in place it comes from the token,
 * in that one place, and nothing else changes.
 *
 * @param id the staff member's user id
 * @param unitCode the unit they act for, or null
 */
public record Actor(String id, String unitCode) {

    /** Actions the service takes by itself (acceptance rules at intake, the overdue job). */
    public static final Actor SYSTEM = new Actor("system", null);
}
