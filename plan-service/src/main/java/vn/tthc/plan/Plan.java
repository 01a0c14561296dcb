package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.platform.errors.InvalidFieldException;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A plan (Kế hoạch) issued by a unit, with an appendix of tasks. A draft is edited freely; an issued plan
 * only through an amendment with a recorded reason; a closed plan not at all.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    private UUID id;

    private String number;
    private String place;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanKind kind;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_bases", nullable = false)
    private List<LegalBasis> legalBases = new ArrayList<>();

    private String purposes;
    private String requirements;

    @Column(name = "issuing_unit_code")
    private String issuingUnitCode;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signer_title")
    private String signerTitle;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> recipients = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_target", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanTarget> targets = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "created_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "created_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "created_by_unit"))
    private Actor createdBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "issued_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "issued_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "issued_by_unit"))
    private Actor issuedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "closed_by_subject"))
    @AttributeOverride(name = "name", column = @Column(name = "closed_by_name"))
    @AttributeOverride(name = "unit", column = @Column(name = "closed_by_unit"))
    private Actor closedBy;

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(PlanDetails details, Actor createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.status = PlanStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        apply(details);
    }

    /** Replaces the details of a draft. */
    public void edit(PlanDetails details) {
        if (status != PlanStatus.DRAFT) {
            throw new ConflictException(status == PlanStatus.ISSUED ? "plan.amendment-required" : "plan.closed", id);
        }
        apply(details);
    }

    /** Changes an issued plan, recording why. */
    public PlanAmendment amend(PlanDetails details, String reason, Actor by, Instant at) {
        if (status == PlanStatus.DRAFT) {
            edit(details);
            return null;
        }
        if (status == PlanStatus.CLOSED) {
            throw new ConflictException("plan.closed", id);
        }
        if (reason == null || reason.isBlank()) {
            throw new ConflictException("plan.amendment-reason-required", id);
        }
        apply(details);
        return new PlanAmendment(id, reason, by, at);
    }

    /** Signs and issues a draft: from now on it changes only by amendment. */
    public void issue(String number, LocalDate signedOn, Actor by, Instant at) {
        if (status != PlanStatus.DRAFT) {
            throw new ConflictException("plan.not-draft", id);
        }
        String signedNumber = number != null && !number.isBlank() ? VietnameseText.normalize(number) : this.number;
        if (signedNumber == null || signedNumber.isBlank()) {
            throw new InvalidFieldException("number", "plan.number-required");
        }
        this.number = signedNumber;
        this.signedOn = signedOn != null ? signedOn : this.signedOn;
        this.status = PlanStatus.ISSUED;
        this.issuedAt = at;
        this.issuedBy = by;
    }

    public void close(Actor by, Instant at) {
        if (status != PlanStatus.ISSUED) {
            throw new ConflictException("plan.not-issued", id);
        }
        this.status = PlanStatus.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    private void apply(PlanDetails details) {
        if (details.title() == null || details.title().isBlank()) {
            throw new InvalidFieldException("title", "required");
        }
        this.number = VietnameseText.normalize(details.number());
        this.place = VietnameseText.normalize(details.place());
        this.signedOn = details.signedOn();
        this.title = VietnameseText.normalize(details.title());
        this.kind = details.kind() == null ? PlanKind.TTHC_CONTROL : details.kind();
        this.periodStart = details.period() == null ? null : details.period().start();
        this.periodEnd = details.period() == null ? null : details.period().end();
        this.legalBases = new ArrayList<>(details.legalBases());
        this.purposes = VietnameseText.normalize(details.purposes());
        this.requirements = VietnameseText.normalize(details.requirements());
        this.issuingUnitCode = details.issuingUnitCode();
        this.signerName = VietnameseText.normalize(details.signerName());
        this.signerTitle = VietnameseText.normalize(details.signerTitle());
        this.recipients = new ArrayList<>(details.recipients());
        this.targets = new ArrayList<>(details.targets());
    }

    public PlanDetails details() {
        return new PlanDetails(number, place, signedOn, title, kind, period(), legalBases, purposes, requirements,
                issuingUnitCode, signerName, signerTitle, recipients, targets);
    }

    /** The period the plan covers; null while not set. */
    public PlanPeriod period() {
        return periodStart == null || periodEnd == null ? null : new PlanPeriod(periodStart, periodEnd);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public PlanKind kind() {
        return kind;
    }

    public PlanStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Who created the plan (drafted or imported it); null for plans created before authors were kept. */
    public Actor createdBy() {
        return createdBy;
    }

    public Actor issuedBy() {
        return issuedBy;
    }

    public Actor closedBy() {
        return closedBy;
    }

    public String issuingUnitCode() {
        return issuingUnitCode;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
