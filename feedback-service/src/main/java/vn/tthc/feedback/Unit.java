package vn.tthc.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A unit of the organisation tree as plan-service publishes it on plan.units: a read-only replica, written
 * only by the consumer of that topic. The kind is kept as text, so a kind plan-service adds later is kept.
 */
@Entity
@Table(name = "unit_replica")
public class Unit {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String kind;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(nullable = false)
    private long version;

    /** The abbreviation in the symbol of the unit's documents, as plan-service publishes it; null when not set. */
    private String abbreviation;

    /** The place name before the date of the unit's documents; null when not set. */
    private String place;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Unit() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public String parentCode() {
        return parentCode;
    }

    public long version() {
        return version;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public String place() {
        return place;
    }

    /** A department, district or provincial body: a unit that has divisions and answers for them. */
    public boolean isAgency() {
        return switch (kind) {
            case "DEPARTMENT", "DISTRICT", "PROVINCIAL_COMMITTEE", "PROVINCIAL_OFFICE", "EXTERNAL_BODY" -> true;
            default -> false;
        };
    }
}
