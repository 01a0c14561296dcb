package vn.tthc.reporting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change of a report regime, kept after the regime itself is deleted: who created, replaced or deleted it
 * and when, or that the service loaded it as shipped.
 */
@Entity
@Table(name = "regime_change")
public class RegimeChange {

    public enum Kind {
        /** The service inserted or refreshed a shipped regime at start (no person acted). */
        LOADED,
        CREATED,
        UPDATED,
        DELETED
    }

    /** Ascending in the order the changes were made. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "regime_code", nullable = false)
    public String regimeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The regime's version after the change (the version deleted, for a deletion); null for loads. */
    @Column(name = "regime_version")
    public Long regimeVersion;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Who made the change; null when the service loaded a shipped regime. */
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "changed_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "changed_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "changed_by_unit"))
    public Actor changedBy;

    public static RegimeChange of(String regimeCode, Kind kind, Long regimeVersion, Instant at, Actor by) {
        RegimeChange change = new RegimeChange();
        change.regimeCode = regimeCode;
        change.kind = kind;
        change.regimeVersion = regimeVersion;
        change.changedAt = at;
        change.changedBy = by;
        return change;
    }
}
