package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import java.util.UUID;

/** A "Căn cứ …" line of a plan; one of them may link the parent plan the plan implements. */
public record LegalBasis(String text, UUID parentPlanId) {

    public LegalBasis {
        text = VietnameseText.normalize(text);
    }
}
