package vn.tthc.reporting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.tthc.reporting.period.AdHocRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored ad-hoc (đột xuất) report request of a regime, with its own key, window and deadline. */
@Entity
@Table(name = "ad_hoc_period")
public class AdHocPeriod {

    @Id
    public UUID id;

    @Column(name = "regime_code", nullable = false)
    public String regimeCode;

    @Column(name = "period_key", nullable = false)
    public String periodKey;

    @Column(nullable = false)
    public String label;

    @Column(name = "window_start", nullable = false)
    public LocalDate windowStart;

    @Column(name = "window_end", nullable = false)
    public LocalDate windowEnd;

    @Column(name = "last_allowed_day", nullable = false)
    public LocalDate lastAllowedDay;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Who requested the ad-hoc report. */
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "requested_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "requested_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "requested_by_unit"))
    public Actor requestedBy;

    public AdHocRequest request() {
        return AdHocRequest.of(periodKey, label, windowStart, windowEnd, lastAllowedDay);
    }
}
