package vn.tthc.reporting.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-M03 | MONTHLY      | 1 | Tháng 3 năm 2025
            2025-M12 | MONTHLY      | 1 | Tháng 12 năm 2025
            2025-Q1  | QUARTERLY    | 1 | Quý I năm 2025
            2025-Q4  | QUARTERLY    | 1 | Quý IV năm 2025
            2025-H1  | SIX_MONTHLY  | 1 | 6 tháng đầu năm 2025
            2025-9M  | NINE_MONTHLY | 1 | 9 tháng đầu năm 2025
            2025     | ANNUAL       | 1 | Năm 2025
            """)
    void keysRoundTripAndCarryVietnameseLabels(String text, PeriodType type, int ignored, String label) {
        PeriodKey key = PeriodKey.parse(text);

        assertThat(key.type()).isEqualTo(type);
        assertThat(key.year()).isEqualTo(2025);
        assertThat(key.toString()).isEqualTo(text);
        assertThat(key.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25-Q1", "2025-Q5", "2025-Q0", "2025-M3", "2025-M13", "2025-M00", "2025-H2", "2025-6M", "2025-q1"})
    void rejectsMalformedKeys(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodKey.parse(text));
    }

    @Test
    void aKeyNamesItsReportingMonths() {
        assertThat(PeriodKey.quarterly(2025, 2).firstMonth()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(PeriodKey.quarterly(2025, 2).lastMonth()).isEqualTo(YearMonth.of(2025, 6));
        assertThat(PeriodKey.sixMonthly(2025).firstMonth()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(PeriodKey.sixMonthly(2025).lastMonth()).isEqualTo(YearMonth.of(2025, 6));
        assertThat(PeriodKey.nineMonthly(2025).lastMonth()).isEqualTo(YearMonth.of(2025, 9));
        assertThat(PeriodKey.annual(2025).firstMonth()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(PeriodKey.annual(2025).lastMonth()).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void cumulativeReportsCoverOnlyTheirFirstMonths() {
        assertThat(PeriodKey.covering(PeriodType.SIX_MONTHLY, YearMonth.of(2025, 6))).contains(PeriodKey.sixMonthly(2025));
        assertThat(PeriodKey.covering(PeriodType.SIX_MONTHLY, YearMonth.of(2025, 7))).isEmpty();
        assertThat(PeriodKey.covering(PeriodType.NINE_MONTHLY, YearMonth.of(2025, 9))).contains(PeriodKey.nineMonthly(2025));
        assertThat(PeriodKey.covering(PeriodType.NINE_MONTHLY, YearMonth.of(2025, 10))).isEmpty();
        assertThat(PeriodKey.covering(PeriodType.QUARTERLY, YearMonth.of(2025, 10))).contains(PeriodKey.quarterly(2025, 4));
    }

    @Test
    void listsTheYearsPeriodsInOrder() {
        assertThat(PeriodKey.allOf(PeriodType.QUARTERLY, 2025)).extracting(PeriodKey::toString)
                .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(PeriodKey.allOf(PeriodType.MONTHLY, 2025)).hasSize(12).isSorted();
        assertThat(PeriodKey.allOf(PeriodType.ANNUAL, 2025)).containsExactly(PeriodKey.annual(2025));
    }

    @Test
    void adHocReportsHaveNoKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PeriodKey(PeriodType.AD_HOC, 2025, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodKey.allOf(PeriodType.AD_HOC, 2025));
    }
}
