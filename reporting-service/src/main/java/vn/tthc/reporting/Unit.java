package vn.tthc.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One unit of the organisation tree as plan-service last published it on {@code plan.units}: a read-only
 * replica. Only the replica's consumer writes it. The kind stays text, so that a kind plan-service adds later
 * does not stop the replica.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    /** What the unit's documents print (Decree 30/2020/NĐ-CP), as plan-service publishes it; each may be null. */
    public String abbreviation;

    public String place;

    @Column(name = "header_name")
    public String headerName;

    @Column(name = "signing_authority")
    public String signingAuthority;

    @Column(name = "signer_title")
    public String signerTitle;

    @Column(name = "signer_name")
    public String signerName;

    /** plan-service's version of the unit; an older snapshot never replaces a newer one. */
    public Long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
