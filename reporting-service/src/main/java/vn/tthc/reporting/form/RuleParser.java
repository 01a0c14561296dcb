package vn.tthc.reporting.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code sum (= | <= | >=) sum}, where a sum is terms joined by {@code +} or {@code -} and a term is
 * an indicator code or a non-negative number. Spaces are ignored.
 */
final class RuleParser {

    private final String text;
    private int position;

    private RuleParser(String text) {
        this.text = text;
    }

    static IndicatorRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleSyntaxException(String.valueOf(text), 0, "empty rule");
        }
        return new RuleParser(text).rule();
    }

    private IndicatorRule rule() {
        List<IndicatorRule.Term> left = sum();
        Comparison comparison = comparison();
        List<IndicatorRule.Term> right = sum();
        skipSpaces();
        if (position < text.length()) {
            throw error("unexpected '" + text.charAt(position) + "'");
        }
        return new IndicatorRule(text.strip(), left, comparison, right);
    }

    private List<IndicatorRule.Term> sum() {
        List<IndicatorRule.Term> terms = new ArrayList<>();
        terms.add(term(false));
        while (true) {
            skipSpaces();
            if (peek('+')) {
                position++;
                terms.add(term(false));
            } else if (peek('-')) {
                position++;
                terms.add(term(true));
            } else {
                return terms;
            }
        }
    }

    private IndicatorRule.Term term(boolean negative) {
        skipSpaces();
        int start = position;
        if (position < text.length() && Character.isLetter(text.charAt(position))) {
            while (isCodeCharacterAhead()) {
                if (text.charAt(position) >= 128) {
                    throw error("indicator codes are written in ASCII letters, digits and _, found '" + text.charAt(position) + "'");
                }
                position++;
            }
            return IndicatorRule.Term.indicator(negative, text.substring(start, position));
        }
        if (position < text.length() && Character.isDigit(text.charAt(position))) {
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
            if (peek('.')) {
                position++;
                int fraction = position;
                while (position < text.length() && Character.isDigit(text.charAt(position))) {
                    position++;
                }
                if (position == fraction) {
                    throw error("a number needs digits after its decimal point");
                }
            }
            return IndicatorRule.Term.constant(negative, new BigDecimal(text.substring(start, position)));
        }
        throw error(position < text.length() ? "expected an indicator code or a number, found '" + text.charAt(position) + "'"
                : "expected an indicator code or a number, found the end");
    }

    private Comparison comparison() {
        skipSpaces();
        if (text.startsWith("<=", position)) {
            position += 2;
            return Comparison.AT_MOST;
        }
        if (text.startsWith(">=", position)) {
            position += 2;
            return Comparison.AT_LEAST;
        }
        if (peek('=')) {
            position++;
            return Comparison.EQUAL;
        }
        throw error(position < text.length() ? "expected =, <= or >=, found '" + text.charAt(position) + "'"
                : "expected =, <= or >=, found the end");
    }

    private boolean peek(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private boolean isCodeCharacterAhead() {
        return position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_');
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private RuleSyntaxException error(String problem) {
        return new RuleSyntaxException(text, position, problem);
    }
}
