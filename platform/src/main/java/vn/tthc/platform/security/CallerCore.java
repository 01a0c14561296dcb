package vn.tthc.platform.security;

import java.util.Set;

/**
 * What every service knows of the sender of a request, as its bearer token says: the realm roles and their
 * names. Each service's own {@code Caller} adds its visibility rules on top (SECURITY.md).
 */
public interface CallerCore {

    String ADMINISTRATOR = "administrator";
    String PLANNER = "planner";
    String UNIT_OFFICER = "unit-officer";
    String LEADER = "leader";
    String AUDITOR = "auditor";
    String PORTAL = "portal";
    String INTEGRATION = "integration";

    /** The token's subject ({@code sub}). */
    String subject();

    /** A readable name ({@code preferred_username}); the subject when the token has none. */
    String name();

    /** The code of the unit the caller acts for (the claim {@code unit}), or null. */
    String unit();

    Set<String> roles();

    default boolean has(String role) {
        return roles().contains(role);
    }

    /** Administrators and the read-only machine client of other provincial systems see the whole province. */
    default boolean provinceWide() {
        return has(ADMINISTRATOR) || has(INTEGRATION);
    }
}
