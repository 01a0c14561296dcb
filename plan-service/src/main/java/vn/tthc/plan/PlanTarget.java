package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target (chỉ tiêu) of a plan, e.g. "≥ 99% of dossiers resolved on time" or "100% of internal procedures
 * published before 01/04/2023". Actual values come from reporting.
 */
@Embeddable
public record PlanTarget(@Column(name = "metric") String metric,
                         @Enumerated(EnumType.STRING) @Column(name = "comparison") Comparison comparison,
                         @Column(name = "value") BigDecimal value,
                         @Column(name = "unit") String unit,
                         @Column(name = "deadline") LocalDate deadline,
                         @Column(name = "text") String text) {

    public PlanTarget {
        metric = VietnameseText.normalize(metric);
        unit = VietnameseText.normalize(unit);
        text = VietnameseText.normalize(text);
    }
}
