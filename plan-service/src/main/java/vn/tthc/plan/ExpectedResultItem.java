package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;

/**
 * A result a task is to produce (usually a document), with its own units, time and funding when the plan gives
 * them.
 */
@Embeddable
public record ExpectedResultItem(@Column(name = "text") String text,
                                 @JdbcTypeCode(SqlTypes.JSON) @Column(name = "lead_units") List<UnitRef> leadUnits,
                                 @JdbcTypeCode(SqlTypes.JSON) @Column(name = "cooperating_units") List<UnitRef> cooperatingUnits,
                                 @Column(name = "time_text") String timeText,
                                 @Column(name = "funding") String funding) {

    public ExpectedResultItem {
        text = VietnameseText.normalize(text);
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
        cooperatingUnits = cooperatingUnits == null ? List.of() : List.copyOf(cooperatingUnits);
        timeText = VietnameseText.normalize(timeText);
        funding = VietnameseText.normalize(funding);
    }

    public ExpectedResultItem(String text, List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits, String timeText) {
        this(text, leadUnits, cooperatingUnits, timeText, null);
    }
}
