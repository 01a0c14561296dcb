package vn.tthc.reporting.form;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One run of {@link ReportForm#validate}: collects violations field by field, then checks the rules. */
final class FormValidation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportForm form;
    private final Map<String, ?> values;
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, BigDecimal> numbers = new HashMap<>();
    private final Set<String> faulty = new HashSet<>();

    FormValidation(ReportForm form, Map<String, ?> values) {
        this.form = form;
        this.values = values;
    }

    List<Violation> run() {
        Set<String> known = new HashSet<>();
        for (Indicator indicator : form.indicators()) {
            known.add(indicator.code());
            checkIndicator(indicator, values.get(indicator.code()));
        }
        for (NarrativeSection section : form.sections()) {
            known.add(section.code());
            checkSection(section, values.get(section.code()));
        }
        values.keySet().stream().filter(key -> !known.contains(key)).sorted().forEach(key ->
                add(key, Violation.Kind.UNKNOWN_FIELD, "Biểu mẫu không có trường " + key + ".",
                        "The form has no field " + key + "."));
        for (IndicatorRule rule : form.rules()) {
            checkRule(rule);
        }
        return List.copyOf(violations);
    }

    private void checkIndicator(Indicator indicator, Object value) {
        String code = indicator.code();
        String label = indicator.label();
        if (isAbsent(value)) {
            if (indicator.required()) {
                add(code, Violation.Kind.REQUIRED, "Chưa nhập " + label + ".", code + " is required.");
            }
            return;
        }
        if (indicator.type() == IndicatorType.TEXT) {
            if (!(value instanceof CharSequence)) {
                add(code, Violation.Kind.NOT_TEXT, label + " phải là văn bản.", code + " must be text.");
            } else if (((CharSequence) value).length() > Violation.TEXT_MAX) {
                tooLong(code, label);
            }
            return;
        }
        Optional<BigDecimal> number = decimal(value);
        if (number.isEmpty()) {
            add(code, Violation.Kind.NOT_A_NUMBER, label + " phải là một số.", code + " must be a number.");
            return;
        }
        BigDecimal n = number.get();
        switch (indicator.type()) {
            case INTEGER -> {
                if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
                    add(code, Violation.Kind.NOT_INTEGER, label + " phải là số nguyên.", code + " must be a whole number.");
                    return;
                }
                if (n.signum() < 0) {
                    add(code, Violation.Kind.NEGATIVE, label + " không được là số âm.", code + " must not be negative.");
                    return;
                }
            }
            case PERCENT -> {
                if (n.signum() < 0 || n.compareTo(HUNDRED) > 0) {
                    add(code, Violation.Kind.PERCENT_OUT_OF_RANGE, label + " phải từ 0 đến 100%.",
                            code + " must be between 0 and 100 percent.");
                    return;
                }
            }
            default -> {
            }
        }
        numbers.put(code, n);
    }

    private void checkSection(NarrativeSection section, Object value) {
        String code = section.code();
        if (value != null && !(value instanceof CharSequence)) {
            add(code, Violation.Kind.NOT_TEXT, "Mục " + section.title() + " phải là văn bản.", code + " must be text.");
        } else if (value != null && ((CharSequence) value).length() > Violation.TEXT_MAX) {
            tooLong(code, "Mục " + section.title());
        } else if (section.required() && isAbsent(value)) {
            add(code, Violation.Kind.REQUIRED, "Chưa viết mục " + section.title() + ".", code + " is required.");
        }
    }

    private void tooLong(String code, String label) {
        add(code, Violation.Kind.TEXT_TOO_LONG, label + " dài quá " + Violation.TEXT_MAX + " ký tự.",
                code + " is longer than " + Violation.TEXT_MAX + " characters.");
    }

    private void checkRule(IndicatorRule rule) {
        if (rule.indicatorCodes().stream().anyMatch(faulty::contains)) {
            return;
        }
        BigDecimal left = rule.leftTotal(numbers);
        BigDecimal right = rule.rightTotal(numbers);
        if (rule.comparison().holds(left, right)) {
            return;
        }
        String vi = describe(rule.left(), true) + " (" + plain(left) + ") " + rule.comparison().vietnamese() + " "
                + describe(rule.right(), true) + " (" + plain(right) + ").";
        String en = describe(rule.left(), false) + " (" + plain(left) + ") " + rule.comparison().english() + " "
                + describe(rule.right(), false) + " (" + plain(right) + ").";
        add(rule.subject(), Violation.Kind.RULE_BROKEN, vi, en);
    }

    /** A side of a rule in words: labels in Vietnamese, codes in English. */
    private String describe(List<IndicatorRule.Term> terms, boolean vietnamese) {
        StringBuilder text = new StringBuilder();
        for (IndicatorRule.Term term : terms) {
            if (!text.isEmpty()) {
                text.append(term.negative() ? " - " : " + ");
            } else if (term.negative()) {
                text.append("- ");
            }
            if (!term.isIndicator()) {
                text.append(plain(term.constant()));
            } else if (vietnamese) {
                text.append(form.indicator(term.code()).map(Indicator::label).orElse(term.code()));
            } else {
                text.append(term.code());
            }
        }
        return text.toString();
    }

    private void add(String field, Violation.Kind kind, String vi, String en) {
        faulty.add(field);
        violations.add(new Violation(field, kind, vi, en));
    }

    private static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    /** A JSON number as a decimal; strings, booleans and non-finite doubles are not numbers. */
    static Optional<BigDecimal> decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (value instanceof BigInteger i) {
            return Optional.of(new BigDecimal(i));
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? Optional.of(new BigDecimal(value.toString())) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Null and blank text both mean "not filled in", as a form left empty sends them. */
    private static boolean isAbsent(Object value) {
        return value == null || value instanceof CharSequence text && text.toString().isBlank();
    }
}
