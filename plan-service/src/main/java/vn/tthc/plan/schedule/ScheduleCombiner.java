package vn.tthc.plan.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.tthc.plan.schedule.RecurrenceRule.Frequency;

/**
 * Makes one schedule of the schedules read from the items of one time text: repeats collapse; an ad-hoc
 * clause ("Đột xuất theo yêu cầu") beside a regular schedule adds nothing to it; recurring items merge their
 * rules; dated items become milestones; anything else keeps the most specific kind, with a warning.
 */
final class ScheduleCombiner {

    private static final List<ScheduleKind> PRIORITY = List.of(ScheduleKind.MILESTONES, ScheduleKind.DUE_BY_DATE,
            ScheduleKind.WITHIN_PERIOD, ScheduleKind.RECURRING, ScheduleKind.AFTER_EVENT, ScheduleKind.ONGOING,
            ScheduleKind.ON_DEMAND);
    private static final Set<ScheduleKind> DATED = Set.of(ScheduleKind.DUE_BY_DATE, ScheduleKind.WITHIN_PERIOD,
            ScheduleKind.MILESTONES);

    private final ScheduleLineParser lines;

    ScheduleCombiner(ScheduleLineParser lines) {
        this.lines = lines;
    }

    Schedule combine(String text, List<String> items, List<Schedule> parts) {
        Set<ScheduleWarning> warnings = new LinkedHashSet<>();
        parts.forEach(p -> warnings.addAll(p.warnings()));
        if (parts.size() == 1) {
            return rebuild(parts.get(0), text, warnings);
        }
        List<Integer> parsed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).kind() != ScheduleKind.UNPARSED) {
                parsed.add(i);
            }
        }
        if (parsed.isEmpty()) {
            return new Schedule.Unparsed(text, List.copyOf(warnings));
        }
        if (parsed.size() < parts.size()) {
            warnings.removeIf(w -> w.code().equals(ScheduleWarning.UNPARSED));
            for (int i = 0; i < parts.size(); i++) {
                if (!parsed.contains(i)) {
                    warnings.add(new ScheduleWarning(ScheduleWarning.PARTLY_UNPARSED,
                            "Không đọc được một phần thời gian thực hiện: " + items.get(i)));
                }
            }
        }
        boolean onlyOnDemand = parsed.stream().allMatch(i -> parts.get(i).kind() == ScheduleKind.ON_DEMAND);
        Map<Schedule, Integer> distinct = new LinkedHashMap<>();
        for (int i : parsed) {
            Schedule part = parts.get(i);
            if (onlyOnDemand || part.kind() != ScheduleKind.ON_DEMAND) {
                distinct.putIfAbsent(rebuild(part, "", Set.of()), i);
            }
        }
        List<Integer> kept = List.copyOf(distinct.values());
        if (kept.size() == 1) {
            return rebuild(parts.get(kept.get(0)), text, warnings);
        }
        Set<ScheduleKind> kinds = kept.stream().map(i -> parts.get(i).kind()).collect(Collectors.toSet());
        if (kinds.equals(Set.of(ScheduleKind.RECURRING))) {
            return new Schedule.Recurring(text, mergedRules(kept, parts), List.copyOf(warnings));
        }
        if (DATED.containsAll(kinds)) {
            List<Milestone> milestones = new ArrayList<>();
            for (int i : kept) {
                lines.milestonesOf(items.get(i), parts.get(i)).stream()
                        .filter(m -> !milestones.contains(m))
                        .forEach(milestones::add);
            }
            return new Schedule.Milestones(text, milestones, List.copyOf(warnings));
        }
        Schedule chosen = kept.stream().map(parts::get)
                .min((a, b) -> Integer.compare(PRIORITY.indexOf(a.kind()), PRIORITY.indexOf(b.kind())))
                .orElseThrow();
        warnings.add(new ScheduleWarning(ScheduleWarning.MIXED,
                "Nhiều loại thời gian trong một ô; đã lấy: " + chosen.text()));
        return rebuild(chosen, text, warnings);
    }

    private static List<RecurrenceRule> mergedRules(List<Integer> kept, List<Schedule> parts) {
        Map<Frequency, RecurrenceRule> rules = new LinkedHashMap<>();
        for (int i : kept) {
            for (RecurrenceRule rule : ((Schedule.Recurring) parts.get(i)).rules()) {
                RecurrenceRule known = rules.get(rule.frequency());
                if (known == null || known.dayOfMonth() == null && rule.dayOfMonth() != null) {
                    rules.put(rule.frequency(), rule);
                }
            }
        }
        return List.copyOf(rules.values());
    }

    /** The same schedule with another text and warnings. */
    static Schedule rebuild(Schedule s, String text, Set<ScheduleWarning> warningSet) {
        List<ScheduleWarning> warnings = List.copyOf(warningSet);
        if (s instanceof Schedule.Ongoing) {
            return new Schedule.Ongoing(text, warnings);
        }
        if (s instanceof Schedule.OnDemand) {
            return new Schedule.OnDemand(text, warnings);
        }
        if (s instanceof Schedule.DueByDate) {
            return new Schedule.DueByDate(text, ((Schedule.DueByDate) s).date(), warnings);
        }
        if (s instanceof Schedule.WithinPeriod) {
            return new Schedule.WithinPeriod(text, ((Schedule.WithinPeriod) s).period(), warnings);
        }
        if (s instanceof Schedule.Recurring) {
            return new Schedule.Recurring(text, ((Schedule.Recurring) s).rules(), warnings);
        }
        if (s instanceof Schedule.Milestones) {
            return new Schedule.Milestones(text, ((Schedule.Milestones) s).milestones(), warnings);
        }
        if (s instanceof Schedule.AfterEvent) {
            Schedule.AfterEvent a = (Schedule.AfterEvent) s;
            return new Schedule.AfterEvent(text, a.event(), a.delay(), warnings);
        }
        return new Schedule.Unparsed(text, warnings.isEmpty() ? s.warnings() : warnings);
    }
}
