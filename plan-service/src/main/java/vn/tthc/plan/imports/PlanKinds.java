package vn.tthc.plan.imports;

import java.util.regex.Pattern;

import vn.tthc.plan.PlanKind;

/**
 * The kind of a plan, from its title: "kiểm soát thủ tục hành chính" (TTHC_CONTROL); "rà soát …/đơn giản hóa …
 * thủ tục hành chính nội bộ" (INTERNAL_PROCEDURE_REVIEW); "cải cách hành chính", "CCHC"
 * (ADMINISTRATIVE_REFORM); anything else OTHER. "TTHC" counts as "thủ tục hành chính". Checked in that order.
 */
final class PlanKinds {

    private static final Pattern CONTROL = Pattern.compile("\\bkiem soat thu tuc hanh chinh\\b");
    private static final Pattern INTERNAL_REVIEW = Pattern.compile(
            "\\b(?:ra soat|danh gia|don gian hoa)\\b.*\\bthu tuc hanh chinh noi bo\\b");
    private static final Pattern REFORM = Pattern.compile("\\bcai cach hanh chinh\\b|\\bcchc\\b");

    private PlanKinds() {
    }

    static PlanKind of(String title) {
        String folded = DocumentPatterns.fold(title).replaceAll("\\btthc\\b", "thu tuc hanh chinh");
        if (CONTROL.matcher(folded).find()) {
            return PlanKind.TTHC_CONTROL;
        }
        if (INTERNAL_REVIEW.matcher(folded).find()) {
            return PlanKind.INTERNAL_PROCEDURE_REVIEW;
        }
        if (REFORM.matcher(folded).find()) {
            return PlanKind.ADMINISTRATIVE_REFORM;
        }
        return PlanKind.OTHER;
    }
}
