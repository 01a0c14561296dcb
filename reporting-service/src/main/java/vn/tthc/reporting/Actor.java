package vn.tthc.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who made a change, as recorded with it: the token's subject, the readable name beside it and the unit the
 * person acted for (none for machine clients and administrators without a unit).
 */
@Embeddable
public record Actor(@Column(name = "subject") String subject,
                    @Column(name = "name") String name,
                    @Column(name = "unit") String unit) {

    public static Actor of(Caller caller) {
        return new Actor(caller.subject(), caller.name(), caller.unit());
    }
}
