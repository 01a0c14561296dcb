package vn.tthc.reporting;

import org.junit.jupiter.api.Test;
import vn.tthc.reporting.regime.RegimeDefinition;
import vn.tthc.reporting.regime.RegimeLoader;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsolidationTest {

    private final RegimeDefinition tthcControl = new RegimeLoader().readResource("regimes/tthc-control-quarterly-annual.json");
    private final RegimeDefinition monthly = new RegimeLoader().readResource("regimes/tthc-reform-monthly.json");

    @Test
    void countsAreSummedPercentagesAveragedAndTextsKeptUnitByUnit() {
        var first = report("P1", Map.of("received", 10, "resolved", 8, "onlinePaymentRate", 50, "results", "Tốt."));
        var second = report("P2", Map.of("received", 5, "onlinePaymentRate", new BigDecimal("75.5")));

        Consolidation.ConsolidatedForm form = Consolidation.of(monthly, List.of(first, second)).get(0);

        assertThat(form.totals()).containsEntry("received", new BigDecimal("15")).containsEntry("resolved", new BigDecimal("8"))
                .containsEntry("onlinePaymentRate", new BigDecimal("62.75")).doesNotContainKey("onlinePayments");
        assertThat(form.sections().get("results")).containsExactly(new Consolidation.UnitText("P1", "Phòng P1", "Tốt."));
        assertThat(form.sections().get("shortcomings")).isEmpty();
    }

    @Test
    void rowsOfABrokenDownFormAreSummedByTheirLabels() {
        var first = rows("P1", List.of(Map.of("fieldName", "Sở hữu trí tuệ", "received", 3), Map.of("fieldName", "Đo lường", "received", 1)));
        var second = rows("P2", List.of(Map.of("fieldName", " sở hữu trí tuệ ", "received", 4)));

        Consolidation.ConsolidatedForm form = Consolidation.of(tthcControl, List.of(first, second)).get(0);

        assertThat(form.breakdown()).isEqualTo("Lĩnh vực thủ tục hành chính");
        assertThat(form.rows()).extracting(row -> row.labels().get("fieldName")).containsExactly("Sở hữu trí tuệ", "Đo lường");
        assertThat(form.rows().get(0).totals()).containsEntry("received", new BigDecimal("7"));
        assertThat(form.totals()).containsEntry("received", new BigDecimal("8"));
    }

    @Test
    void noAcceptedReportsGiveEmptyTotals() {
        assertThat(Consolidation.of(tthcControl, List.of())).allSatisfy(form -> assertThat(form.totals()).isEmpty());
    }

    private static Consolidation.UnitReport report(String unit, Map<String, Object> values) {
        return new Consolidation.UnitReport(unit, "Phòng " + unit,
                new ReportContent(Map.of("cai-cach-tthc-thang", new ReportContent.FormEntry(values, null))));
    }

    private static Consolidation.UnitReport rows(String unit, List<Map<String, Object>> rows) {
        return new Consolidation.UnitReport(unit, "Phòng " + unit,
                new ReportContent(Map.of("06/VPCP/KSTT", new ReportContent.FormEntry(null, rows))));
    }
}
