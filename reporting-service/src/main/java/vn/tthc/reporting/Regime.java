package vn.tthc.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tthc.reporting.regime.RegimeDefinition;
import vn.tthc.reporting.regime.RegimeLoader;

import java.time.Instant;

/**
 * A report regime as stored: its definition is the regime document (the JSON shipped regimes are written
 * in), read into a {@link vn.tthc.reporting.regime.RegimeDefinition} where rules are needed.
 */
@Entity
@Table(name = "regime")
public class Regime {

    /** Where a regime comes from: shipped with the service (and refreshed by newer releases) or edited here. */
    public enum Origin { SHIPPED, CUSTOMISED }

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String definition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The stored definition, read and checked. */
    public RegimeDefinition read() {
        return new RegimeLoader().read(definition, "regime " + code);
    }
}
