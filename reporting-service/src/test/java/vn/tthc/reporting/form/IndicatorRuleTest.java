package vn.tthc.reporting.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IndicatorRuleTest {

    @Test
    void readsASumOfIndicatorsComparedWithAnother() {
        IndicatorRule rule = IndicatorRule.parse("resolved = resolvedBeforeDeadline + resolvedOnTime + resolvedLate");

        assertThat(rule.comparison()).isEqualTo(Comparison.EQUAL);
        assertThat(rule.left()).containsExactly(IndicatorRule.Term.indicator(false, "resolved"));
        assertThat(rule.indicatorCodes()).containsExactly("resolved", "resolvedBeforeDeadline", "resolvedOnTime", "resolvedLate");
        assertThat(rule.subject()).isEqualTo("resolved");
        assertThat(rule.source()).isEqualTo("resolved = resolvedBeforeDeadline + resolvedOnTime + resolvedLate");
    }

    @Test
    void readsAllThreeComparisonsWithOrWithoutSpaces() {
        assertThat(IndicatorRule.parse("a<=b+c").comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(IndicatorRule.parse("  a >=  b ").comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(IndicatorRule.parse("a=b").comparison()).isEqualTo(Comparison.EQUAL);
    }

    @Test
    void evaluatesSumsDifferencesAndConstantsCountingMissingIndicatorsAsZero() {
        IndicatorRule rule = IndicatorRule.parse("received - carriedOver >= newOnline + 2.5");
        Map<String, BigDecimal> values = Map.of("received", new BigDecimal("10"), "carriedOver", new BigDecimal("3"));

        assertThat(rule.leftTotal(values)).isEqualByComparingTo("7");
        assertThat(rule.rightTotal(values)).isEqualByComparingTo("2.5");
        assertThat(rule.holds(values)).isTrue();
        assertThat(rule.holds(Map.of("received", BigDecimal.ONE))).isFalse();
    }

    @Test
    void comparesValuesNotTheirScale() {
        assertThat(IndicatorRule.parse("a = b").holds(Map.of("a", new BigDecimal("5"), "b", new BigDecimal("5.00")))).isTrue();
    }

    @Test
    void aRuleMayPutItsIndicatorsOnTheRight() {
        assertThat(IndicatorRule.parse("100 >= onlineRate").subject()).isEqualTo("onlineRate");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "a = "           | 4  | found the end
            "a b"            | 2  | expected =, <= or >=
            "a == b"         | 3  | expected an indicator code or a number
            "a < b"          | 2  | expected =, <= or >=
            "a = b * c"      | 6  | unexpected '*'
            "a = b + "       | 8  | found the end
            "a = 1."         | 6  | digits after its decimal point
            "a = (b)"        | 4  | found '('
            "số = b"         | 1  | ASCII letters
            "1 = 2"          | -1 | at least one indicator
            """)
    void reportsWhereARuleCannotBeRead(String text, int position, String problem) {
        if (position < 0) {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> IndicatorRule.parse(text))
                    .withMessageContaining(problem);
            return;
        }
        assertThatExceptionOfType(RuleSyntaxException.class).isThrownBy(() -> IndicatorRule.parse(text))
                .withMessageContaining(problem)
                .satisfies(e -> assertThat(e.position()).isEqualTo(position));
    }

    @Test
    void rejectsAnEmptyRule() {
        assertThatExceptionOfType(RuleSyntaxException.class).isThrownBy(() -> IndicatorRule.parse("  "));
        assertThatExceptionOfType(RuleSyntaxException.class).isThrownBy(() -> IndicatorRule.parse(null));
    }
}
