package vn.tthc.reporting.form;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A report form (biểu mẫu): grouped indicators, narrative sections and the rules their figures must keep.
 * When the form has a {@code breakdown} (e.g. "Lĩnh vực TTHC" for Biểu 06/VPCP/KSTT), a submission holds one
 * set of figures per row, each validated on its own; otherwise the form is a single set.
 */
public record ReportForm(String code, String title, String breakdown, List<IndicatorGroup> groups,
                         List<NarrativeSection> sections, List<IndicatorRule> rules) {

    public ReportForm {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a form needs a code");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("form " + code + " needs a title");
        }
        if (breakdown != null && breakdown.isBlank()) {
            breakdown = null;
        }
        groups = List.copyOf(groups);
        sections = List.copyOf(sections);
        rules = List.copyOf(rules);
        if (groups.isEmpty() && sections.isEmpty()) {
            throw new IllegalArgumentException("form " + code + " asks for nothing");
        }
        Map<String, Indicator> byCode = requireUniqueCodes(code, groups, sections);
        for (IndicatorRule rule : rules) {
            for (String used : rule.indicatorCodes()) {
                Indicator indicator = byCode.get(used);
                if (indicator == null) {
                    throw new IllegalArgumentException("rule \"" + rule + "\" of form " + code + " names unknown indicator " + used);
                }
                if (!indicator.type().isNumeric()) {
                    throw new IllegalArgumentException("rule \"" + rule + "\" of form " + code + " adds up text indicator " + used);
                }
            }
        }
    }

    private static Map<String, Indicator> requireUniqueCodes(String form, List<IndicatorGroup> groups,
                                                             List<NarrativeSection> sections) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        Set<String> groupCodes = new HashSet<>();
        for (IndicatorGroup group : groups) {
            if (!groupCodes.add(group.code())) {
                throw new IllegalArgumentException("form " + form + " has two groups coded " + group.code());
            }
            for (Indicator indicator : group.indicators()) {
                if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                    throw new IllegalArgumentException("form " + form + " has two indicators coded " + indicator.code());
                }
            }
        }
        Set<String> sectionCodes = new HashSet<>();
        for (NarrativeSection section : sections) {
            if (byCode.containsKey(section.code()) || !sectionCodes.add(section.code())) {
                throw new IllegalArgumentException("form " + form + " uses code " + section.code() + " twice");
            }
        }
        return byCode;
    }

    /** Every indicator, group by group, in form order. */
    public List<Indicator> indicators() {
        return groups.stream().flatMap(g -> g.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String indicatorCode) {
        return indicators().stream().filter(i -> i.code().equals(indicatorCode)).findFirst();
    }

    public Optional<IndicatorGroup> groupOf(String indicatorCode) {
        return groups.stream().filter(g -> g.indicators().stream().anyMatch(i -> i.code().equals(indicatorCode))).findFirst();
    }

    public Optional<NarrativeSection> section(String sectionCode) {
        return sections.stream().filter(s -> s.code().equals(sectionCode)).findFirst();
    }

    /** A value as a number when it is one (a JSON number); text, booleans and absent values are not. */
    public static Optional<java.math.BigDecimal> number(Object value) {
        return FormValidation.decimal(value);
    }

    /**
     * Checks one set of figures and texts keyed by indicator and section codes (values as JSON gives them:
     * numbers and strings; null or blank text means not filled in). Reports every problem found, field by field: unknown keys,
     * missing required values, wrong types, negative counts, percentages outside 0..100, then the rules.
     * A rule is checked only when none of its indicators has a problem of its own; an optional indicator
     * left out counts as 0 in it.
     */
    public List<Violation> validate(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        return new FormValidation(this, values).run();
    }
}
