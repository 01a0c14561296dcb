package vn.tthc.reporting.form;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A check between a form's figures, kept as data: "resolved = resolvedBeforeDeadline + resolvedOnTime +
 * resolvedLate", "resolved + inProgress <= received". Each side is a sum of indicator codes and numbers.
 */
public record IndicatorRule(String source, List<Term> left, Comparison comparison, List<Term> right) {

    public IndicatorRule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(comparison, "comparison");
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("both sides of a rule need a term: " + source);
        }
        if (left.stream().noneMatch(Term::isIndicator) && right.stream().noneMatch(Term::isIndicator)) {
            throw new IllegalArgumentException("a rule must name at least one indicator: " + source);
        }
    }

    /** Reads a rule such as {@code "inProgress = inProgressWithinDeadline + inProgressOverdue"}. */
    public static IndicatorRule parse(String text) {
        return RuleParser.parse(text);
    }

    /** The indicator codes the rule reads, left to right. */
    public Set<String> indicatorCodes() {
        Set<String> codes = new LinkedHashSet<>();
        Stream.concat(left.stream(), right.stream()).filter(Term::isIndicator).forEach(t -> codes.add(t.code()));
        return codes;
    }

    /** The indicator a broken rule is reported against: the first one named. */
    public String subject() {
        return indicatorCodes().iterator().next();
    }

    /** The left side's value; indicators absent from {@code values} count as 0. */
    public BigDecimal leftTotal(Map<String, BigDecimal> values) {
        return total(left, values);
    }

    /** The right side's value; indicators absent from {@code values} count as 0. */
    public BigDecimal rightTotal(Map<String, BigDecimal> values) {
        return total(right, values);
    }

    public boolean holds(Map<String, BigDecimal> values) {
        return comparison.holds(leftTotal(values), rightTotal(values));
    }

    private static BigDecimal total(List<Term> terms, Map<String, BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (Term term : terms) {
            BigDecimal value = term.isIndicator() ? values.getOrDefault(term.code(), BigDecimal.ZERO) : term.constant();
            total = term.negative() ? total.subtract(value) : total.add(value);
        }
        return total;
    }

    @Override
    public String toString() {
        return source;
    }

    /** One term of a sum: an indicator code or a constant, added or subtracted. */
    public record Term(boolean negative, String code, BigDecimal constant) {

        public Term {
            if ((code == null) == (constant == null)) {
                throw new IllegalArgumentException("a term is either an indicator code or a constant");
            }
        }

        public static Term indicator(boolean negative, String code) {
            return new Term(negative, code, null);
        }

        public static Term constant(boolean negative, BigDecimal value) {
            return new Term(negative, null, value);
        }

        public boolean isIndicator() {
            return code != null;
        }
    }
}
