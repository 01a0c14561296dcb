package vn.tthc.plan;

import jakarta.persistence.Embeddable;

/**
 * Who made a change, as recorded with it: the subject (the token's {@code sub}, stable), the readable name
 * ({@code preferred_username}) and the unit they acted for (null for machine clients and administrators
 * without one). Each entity that records one maps the three columns under its own prefix.
 */
@Embeddable
public record Actor(String subject, String name, String unit) {

    /** A change plan-service makes on its own (loading demo data) or on another service's word. */
    public static Actor system(String name, String unit) {
        return new Actor(name, name, unit);
    }
}
