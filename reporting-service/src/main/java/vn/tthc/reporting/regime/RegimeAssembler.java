package vn.tthc.reporting.regime;

import vn.tthc.reporting.EventFigure;
import vn.tthc.reporting.form.Indicator;
import vn.tthc.reporting.form.IndicatorGroup;
import vn.tthc.reporting.form.IndicatorRule;
import vn.tthc.reporting.form.IndicatorType;
import vn.tthc.reporting.form.NarrativeSection;
import vn.tthc.reporting.form.ReportForm;
import vn.tthc.reporting.period.CutOffRule;
import vn.tthc.reporting.period.DeadlineRule;
import vn.tthc.reporting.period.PeriodType;
import vn.tthc.reporting.period.ReportingLevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Turns a {@link RegimeFile} into a {@link RegimeDefinition}, going on past each problem so that one reading
 * reports them all, each prefixed with its place in the file.
 */
final class RegimeAssembler {

    static final String BEFORE_DAY_OF_MONTH = "BEFORE_DAY_OF_MONTH";
    static final String WORKING_DAYS_AFTER_CUT_OFF = "WORKING_DAYS_AFTER_CUT_OFF";

    /** The most items a list of a regime document may hold. */
    static final int MAX_ITEMS = 200;

    private final List<InvalidRegimeException.Issue> problems = new ArrayList<>();

    List<InvalidRegimeException.Issue> problems() {
        return problems;
    }

    private void problem(String place, String vietnamese, String english) {
        problems.add(InvalidRegimeException.Issue.at(place, vietnamese, english));
    }

    /** The definition, or null when there were problems. */
    RegimeDefinition assemble(RegimeFile file) {
        text("code", file.code());
        text("name", file.name());
        each("legalBases", file.legalBases(), false, (path, basis) -> {
            text(path, basis);
            return null;
        });
        text("receivingUnitCode", file.receivingUnitCode());
        ReportingUnits reportingUnits = reportingUnits(file.reportingUnits());
        List<PeriodType> periodTypes = periodTypes("periodTypes", file.periodTypes());
        CutOffRule cutOff = cutOff(file.cutOff());
        List<LevelDeadline> deadlines = new ArrayList<>();
        each("deadlines", file.deadlines(), false, (path, deadline) -> deadlines.addAll(deadline(path, deadline, periodTypes)));
        List<ReportForm> forms = new ArrayList<>();
        each("forms", file.forms(), true, (path, form) -> forms.add(form(path, form)));
        if (!problems.isEmpty()) {
            return null;
        }
        return attempt("", () -> new RegimeDefinition(file.code(), file.name(), file.description(),
                file.legalBases() == null ? List.of() : file.legalBases(), file.receivingUnitCode(), reportingUnits,
                periodTypes, cutOff, deadlines, forms));
    }

    private List<PeriodType> periodTypes(String path, List<String> names) {
        List<PeriodType> types = new ArrayList<>();
        each(path, names, true, (at, name) -> types.add(enumValue(at, PeriodType.class, name)));
        return types;
    }

    private ReportingUnits reportingUnits(RegimeFile.Reporting reporting) {
        if (reporting == null) {
            problem("reportingUnits", "thiếu", "missing");
            return null;
        }
        ReportingLevel level = enumValue("reportingUnits.level", ReportingLevel.class, reporting.level());
        return level == null ? null : attempt("reportingUnits",
                () -> new ReportingUnits(level, reporting.unitCodes(), reporting.kinds(), reporting.under()));
    }

    private CutOffRule cutOff(RegimeFile.CutOff cutOff) {
        if (cutOff == null) {
            problem("cutOff", "thiếu", "missing");
            return null;
        }
        Integer closingDay = number("cutOff.closingDay", cutOff.closingDay());
        return closingDay == null ? null : attempt("cutOff", () -> new CutOffRule(closingDay));
    }

    private List<LevelDeadline> deadline(String path, RegimeFile.Deadline deadline, List<PeriodType> regimeTypes) {
        ReportingLevel level = enumValue(path + ".level", ReportingLevel.class, deadline.level());
        List<PeriodType> types = periodTypes(path + ".periodTypes", deadline.periodTypes());
        DeadlineRule rule = deadlineRule(path, deadline);
        List<LevelDeadline> deadlines = new ArrayList<>();
        for (PeriodType type : types) {
            if (type != null && !regimeTypes.contains(null) && !regimeTypes.contains(type)) {
                problem(path + ".periodTypes", type + " không thuộc các loại kỳ của chế độ " + regimeTypes,
                        type + " is not one of the regime's period types " + regimeTypes);
            } else if (level != null && type != null && rule != null) {
                LevelDeadline levelDeadline = attempt(path, () -> new LevelDeadline(level, type, rule, deadline.basis()));
                if (levelDeadline != null) {
                    deadlines.add(levelDeadline);
                }
            }
        }
        return deadlines;
    }

    private DeadlineRule deadlineRule(String path, RegimeFile.Deadline deadline) {
        if (BEFORE_DAY_OF_MONTH.equals(deadline.kind())) {
            Integer day = number(path + ".day", deadline.day());
            int monthsAfter = deadline.monthsAfterLastMonth() == null ? 0 : deadline.monthsAfterLastMonth();
            if (deadline.workingDays() != null) {
                problem(path + ".workingDays", "không dùng với " + BEFORE_DAY_OF_MONTH, "not used by " + BEFORE_DAY_OF_MONTH);
            }
            return day == null ? null : attempt(path, () -> new DeadlineRule.BeforeDayOfMonth(day, monthsAfter));
        }
        if (WORKING_DAYS_AFTER_CUT_OFF.equals(deadline.kind())) {
            Integer workingDays = number(path + ".workingDays", deadline.workingDays());
            if (deadline.day() != null || deadline.monthsAfterLastMonth() != null) {
                problem(path, "day và monthsAfterLastMonth không dùng với " + WORKING_DAYS_AFTER_CUT_OFF,
                        "day and monthsAfterLastMonth are not used by " + WORKING_DAYS_AFTER_CUT_OFF);
            }
            return workingDays == null ? null : attempt(path, () -> new DeadlineRule.WorkingDaysAfterCutOff(workingDays));
        }
        problem(path + ".kind", "cần " + BEFORE_DAY_OF_MONTH + " hoặc " + WORKING_DAYS_AFTER_CUT_OFF + ", nhận được "
                + deadline.kind(), "expected " + BEFORE_DAY_OF_MONTH + " or " + WORKING_DAYS_AFTER_CUT_OFF + ", found " + deadline.kind());
        return null;
    }

    private ReportForm form(String path, RegimeFile.Form form) {
        text(path + ".code", form.code());
        text(path + ".title", form.title());
        List<IndicatorGroup> groups = new ArrayList<>();
        each(path + ".groups", form.groups(), false, (at, group) -> groups.add(group(at, group)));
        List<NarrativeSection> sections = new ArrayList<>();
        each(path + ".sections", form.sections(), false, (at, section) -> sections.add(section(at, section)));
        Map<String, IndicatorType> types = declaredTypes(form);
        List<IndicatorRule> rules = new ArrayList<>();
        each(path + ".rules", form.rules(), false, (at, text) -> rules.add(rule(at, text, types)));
        if (groups.contains(null) || sections.contains(null) || rules.contains(null)) {
            return null;
        }
        return attempt(path, () -> new ReportForm(form.code(), form.title(), form.breakdown(), groups, sections, rules));
    }

    /** Every indicator code the form declares, with its type, or null where the type itself is wrong. */
    private static Map<String, IndicatorType> declaredTypes(RegimeFile.Form form) {
        Map<String, IndicatorType> types = new HashMap<>();
        for (RegimeFile.Group group : Objects.requireNonNullElse(form.groups(), List.<RegimeFile.Group>of())) {
            if (group == null || group.indicators() == null) {
                continue;
            }
            for (RegimeFile.Indicator indicator : group.indicators()) {
                if (indicator != null && indicator.code() != null) {
                    types.put(indicator.code(), Arrays.stream(IndicatorType.values())
                            .filter(t -> t.name().equals(indicator.type())).findFirst().orElse(null));
                }
            }
        }
        return types;
    }

    private IndicatorGroup group(String path, RegimeFile.Group group) {
        List<Indicator> indicators = new ArrayList<>();
        each(path + ".indicators", group.indicators(), true, (at, indicator) -> indicators.add(indicator(at, indicator)));
        if (indicators.isEmpty() || indicators.contains(null)) {
            return null;
        }
        return attempt(path, () -> new IndicatorGroup(group.code(), group.label(), indicators));
    }

    private Indicator indicator(String path, RegimeFile.Indicator indicator) {
        IndicatorType type = enumValue(path + ".type", IndicatorType.class, indicator.type());
        Boolean required = flag(path + ".required", indicator.required());
        EventFigure prefill = null;
        if (indicator.prefill() != null) {
            prefill = EventFigure.byCode(indicator.prefill()).orElse(null);
            if (prefill == null) {
                List<String> codes = Arrays.stream(EventFigure.values()).map(EventFigure::code).toList();
                problem(path + ".prefill", "cần một trong " + codes + ", nhận được " + indicator.prefill(),
                        "expected one of " + codes + ", found " + indicator.prefill());
                return null;
            }
        }
        if (type == null || required == null) {
            return null;
        }
        EventFigure figure = prefill;
        return attempt(path, () -> new Indicator(indicator.code(), indicator.label(), type, required, indicator.unit(), figure));
    }

    private NarrativeSection section(String path, RegimeFile.Section section) {
        Boolean required = flag(path + ".required", section.required());
        return required == null ? null : attempt(path, () -> new NarrativeSection(section.code(), section.title(), required));
    }

    private IndicatorRule rule(String path, String text, Map<String, IndicatorType> types) {
        IndicatorRule rule = attempt(path, () -> IndicatorRule.parse(text));
        if (rule == null) {
            return null;
        }
        boolean valid = true;
        for (String code : rule.indicatorCodes()) {
            IndicatorType type = types.get(code);
            if (!types.containsKey(code)) {
                problem(path, "quy tắc \"" + text + "\" dùng " + code + ", không phải chỉ tiêu của biểu này",
                        "\"" + text + "\" names " + code + ", which is not an indicator of this form");
                valid = false;
            } else if (type != null && !type.isNumeric()) {
                problem(path, "quy tắc \"" + text + "\" cộng " + code + ", là chỉ tiêu văn bản",
                        "\"" + text + "\" adds up " + code + ", which is text");
                valid = false;
            }
        }
        return valid ? rule : null;
    }

    private <T> void each(String path, List<T> items, boolean required, BiFunction<String, T, ?> action) {
        if (items == null || items.isEmpty()) {
            if (required) {
                problem(path, "thiếu hoặc rỗng", "missing or empty");
            }
            return;
        }
        if (items.size() > MAX_ITEMS) {
            problem(path, "tối đa " + MAX_ITEMS + " mục", "at most " + MAX_ITEMS + " items");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            if (items.get(i) == null) {
                problem(at, "không được là null", "null");
            } else {
                action.apply(at, items.get(i));
            }
        }
    }

    private void text(String path, String value) {
        if (value == null || value.isBlank()) {
            problem(path, "thiếu hoặc để trống", "missing or blank");
        }
    }

    private Integer number(String path, Integer value) {
        if (value == null) {
            problem(path, "thiếu", "missing");
        }
        return value;
    }

    private Boolean flag(String path, Boolean value) {
        if (value == null) {
            problem(path, "thiếu; ghi true hoặc false", "missing; write true or false");
        }
        return value;
    }

    private <E extends Enum<E>> E enumValue(String path, Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        String names = Arrays.toString(type.getEnumConstants());
        problem(path, "cần một trong " + names + ", nhận được " + name, "expected one of " + names + ", found " + name);
        return null;
    }

    private <T> T attempt(String path, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (IllegalArgumentException e) {
            problem(path, "vi phạm quy tắc của chế độ báo cáo (" + e.getMessage() + ")", e.getMessage());
            return null;
        }
    }
}
