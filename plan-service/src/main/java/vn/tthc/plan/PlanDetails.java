package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import java.time.LocalDate;
import java.util.List;

/** Everything about a plan that is edited as a whole: its header, period, bases, purposes and targets. */
public record PlanDetails(String number, String place, LocalDate signedOn, String title, PlanKind kind,
                          PlanPeriod period, List<LegalBasis> legalBases, String purposes, String requirements,
                          String issuingUnitCode, String signerName, String signerTitle, List<String> recipients,
                          List<PlanTarget> targets) {

    public PlanDetails {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        recipients = recipients == null ? List.of() : recipients.stream().map(VietnameseText::normalize).toList();
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A draft known only by its title, e.g. before an import is confirmed. */
    public static PlanDetails titled(String number, String title) {
        return new PlanDetails(number, null, null, title, PlanKind.TTHC_CONTROL, null, List.of(), null, null, null,
                null, null, List.of(), List.of());
    }
}
