package vn.tthc.reporting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tthc.reporting.period.ScheduledPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit's report for one period of one regime, through its versions: drafted, submitted, returned and
 * corrected as a new version, and finally accepted and locked. The state changes are here; who may make
 * them is decided by the service.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    public UUID id;

    @Column(name = "regime_code", nullable = false)
    public String regimeCode;

    @Column(name = "period_key", nullable = false)
    public String periodKey;

    @Column(name = "period_label", nullable = false)
    public String periodLabel;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    /** The effective deadline: the printed one, or the next working day when that is a day off. */
    @Column(name = "last_allowed_day", nullable = false)
    public LocalDate lastAllowedDay;

    /** The deadline as the regime or request states it. */
    @Column(name = "printed_last_allowed_day", nullable = false)
    public LocalDate printedLastAllowedDay;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus status;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "first_submitted_at")
    public Instant firstSubmittedAt;

    /** Whether the first submission came after the deadline; null until then. */
    @Column(name = "first_late")
    public Boolean firstLate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Who drafted the report; null for reports drafted before changes were recorded. */
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "created_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "created_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "created_by_unit"))
    public Actor createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "row_version")
    public long rowVersion;

    public void schedule(ScheduledPeriod scheduled) {
        periodLabel = scheduled.period().label();
        periodStart = scheduled.period().start();
        periodEnd = scheduled.period().end();
        lastAllowedDay = scheduled.lastAllowedDay();
        printedLastAllowedDay = scheduled.printedLastAllowedDay();
    }

    /** Records a submission made on {@code day}; returns whether it is late. */
    public boolean submit(Instant at, LocalDate day) {
        boolean late = day.isAfter(lastAllowedDay);
        status = SubmissionStatus.SUBMITTED;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
            firstLate = late;
        }
        updatedAt = at;
        return late;
    }

    /** The expected-submission id reminders are keyed by: regime, period and unit. */
    public static String expectedId(String regimeCode, String periodKey, String unitCode) {
        return regimeCode + "/" + periodKey + "/" + unitCode;
    }
}
