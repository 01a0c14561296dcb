package vn.tthc.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A plan (Kế hoạch) issued by a unit, with an appendix of tasks. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    private UUID id;

    private String number;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(String number, String title, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.number = VietnameseText.normalize(number);
        this.title = VietnameseText.normalize(title);
        this.status = PlanStatus.DRAFT;
        this.createdAt = createdAt;
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

    public PlanStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
