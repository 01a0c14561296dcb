package vn.tthc.console.view;

import vn.tthc.console.api.ReportingViews.ReportingUnits;

import java.util.List;

/**
 * Whether a unit reports under a regime, by the regime's published rule (reporting-service's
 * {@code ReportingUnits}): listed by code, or of one of the kinds under the named unit (itself included).
 */
public final class ExpectedReports {

    private ExpectedReports() {
    }

    /** {@code ancestry} is the unit and the units above it, nearest first. */
    public static boolean reports(ReportingUnits rule, String unitCode, String unitKind, List<String> ancestry) {
        if (rule == null || unitCode == null) {
            return false;
        }
        if (rule.unitCodes() != null && rule.unitCodes().contains(unitCode)) {
            return true;
        }
        return rule.kinds() != null && unitKind != null && rule.kinds().contains(unitKind)
                && rule.under() != null && ancestry.contains(rule.under());
    }
}
