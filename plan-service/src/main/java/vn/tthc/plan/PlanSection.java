package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A section of a plan's appendix ("I", "Công tác chỉ đạo, điều hành"), holding tasks. */
@Entity
@Table(name = "plan_section")
public class PlanSection {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false)
    private int position;

    private String label;
    private String title;

    protected PlanSection() {
    }

    public PlanSection(UUID planId, int position, String label, String title) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.position = position;
        this.label = VietnameseText.normalize(label);
        this.title = VietnameseText.normalize(title);
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }

    public String title() {
        return title;
    }
}
