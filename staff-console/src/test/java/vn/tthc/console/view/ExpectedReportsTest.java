package vn.tthc.console.view;

import org.junit.jupiter.api.Test;
import vn.tthc.console.api.ReportingViews.ReportingUnits;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a unit reports under a regime, by the regime's published rule. */
class ExpectedReportsTest {

    private final ReportingUnits divisions = new ReportingUnits("DIVISION", List.of("ST-TTPVHCC"), List.of("DIVISION", "CENTRE"), "ST-SKHCN");

    @Test
    void unitsOfTheKindsUnderTheNamedUnitReport() {
        assertThat(ExpectedReports.reports(divisions, "ST-SKHCN-QLKH", "DIVISION", List.of("ST-SKHCN-QLKH", "ST-SKHCN", "ST-UBND"))).isTrue();
        assertThat(ExpectedReports.reports(divisions, "ST-STP-VP", "DIVISION", List.of("ST-STP-VP", "ST-STP", "ST-UBND"))).isFalse();
        assertThat(ExpectedReports.reports(divisions, "ST-SKHCN-TTR", "INSPECTORATE", List.of("ST-SKHCN-TTR", "ST-SKHCN"))).isFalse();
    }

    @Test
    void unitsListedByCodeReportWhateverTheirKind() {
        assertThat(ExpectedReports.reports(divisions, "ST-TTPVHCC", "ONE_STOP_DESK", List.of("ST-TTPVHCC", "ST-VPUBND"))).isTrue();
        assertThat(ExpectedReports.reports(null, "ST-TTPVHCC", "ONE_STOP_DESK", List.of())).isFalse();
        assertThat(ExpectedReports.reports(divisions, null, "DIVISION", List.of())).isFalse();
    }
}
