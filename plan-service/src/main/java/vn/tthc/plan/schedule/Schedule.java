package vn.tthc.plan.schedule;

import vn.tthc.plan.PlanPeriod;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When a task is due, read from the free Vietnamese text of a plan's "Thời gian thực hiện" column.
 * Every schedule keeps that text as printed ({@link #text()}: NFC, markup removed) beside what was read
 * from it, and the warnings raised while reading it. Made by {@link ScheduleParser}.
 */
public sealed interface Schedule permits Schedule.Ongoing, Schedule.OnDemand, Schedule.DueByDate,
        Schedule.WithinPeriod, Schedule.Recurring, Schedule.Milestones, Schedule.AfterEvent, Schedule.Unparsed {

    ScheduleKind kind();

    /** The time text as printed in the plan. */
    String text();

    /** What could not be read or had to be assumed; empty when the text was read cleanly. */
    List<ScheduleWarning> warnings();

    /**
     * The dated occurrences from {@code periodStart} to {@code periodEnd}: one per period for
     * {@link Recurring}, one per milestone for {@link Milestones}, a single one for {@link DueByDate} and
     * {@link WithinPeriod} (returned even when it falls outside, flagged as not {@link Occurrence#withinPeriod()}),
     * none for the other kinds.
     */
    List<Occurrence> occurrences(LocalDate periodStart, LocalDate periodEnd);

    default List<Occurrence> occurrences(PlanPeriod period) {
        return occurrences(period.start(), period.end());
    }

    /** The final deadline of a one-off or milestone schedule; empty for the other kinds. */
    default Optional<LocalDate> deadline() {
        return Optional.empty();
    }

    /** "Thường xuyên". */
    record Ongoing(String text, List<ScheduleWarning> warnings) implements Schedule {
        public Ongoing {
            warnings = checked(text, warnings);
        }

        public Ongoing(String text) {
            this(text, List.of());
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.ONGOING;
        }

        @Override
        public List<Occurrence> occurrences(LocalDate periodStart, LocalDate periodEnd) {
            return List.of();
        }
    }

    /** "Khi có phát sinh", "Đột xuất theo yêu cầu", "Theo thư mời". */
    record OnDemand(String text, List<ScheduleWarning> warnings) implements Schedule {
        public OnDemand {
            warnings = checked(text, warnings);
        }

        public OnDemand(String text) {
            this(text, List.of());
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.ON_DEMAND;
        }

        @Override
        public List<Occurrence> occurrences(LocalDate periodStart, LocalDate periodEnd) {
            return List.of();
        }
    }

    /** "Trước ngày 15/9/2024": due on that date (the date named is taken as the deadline). */
    record DueByDate(String text, LocalDate date, List<ScheduleWarning> warnings) implements Schedule {
        public DueByDate {
            Objects.requireNonNull(date, "date");
            warnings = checked(text, warnings);
        }

        public DueByDate(String text, LocalDate date) {
            this(text, date, List.of());
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.DUE_BY_DATE;
        }

        @Override
        public List<Occurrence> occurrences(LocalDate periodStart, LocalDate periodEnd) {
            return List.of(occurrence("Hạn " + DateMentions.format(date), date, periodStart, periodEnd));
        }

        @Override
        public Optional<LocalDate> deadline() {
            return Optional.of(date);
        }
    }

    /** "Trong năm 2025", "Quý IV/2022", "Trong tháng 11/2023": due on the period's last day. */
    record WithinPeriod(String text, CalendarPeriod period, List<ScheduleWarning> warnings) implements Schedule {
        public WithinPeriod {
            Objects.requireNonNull(period, "period");
            warnings = checked(text, warnings);
        }

        public WithinPeriod(String text, CalendarPeriod period) {
            this(text, period, List.of());
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.WITHIN_PERIOD;
        }

        @Override
        public List<Occurrence> occurrences(LocalDate periodStart, LocalDate periodEnd) {
            return List.of(occurrence(period.label(), period.end(), periodStart, periodEnd));
        }

        @Override
        public Optional<LocalDate> deadline() {
            return Optional.of(period.end());
        }
    }

    /** "Định kỳ hàng tháng (trước ngày 22), hàng quý và năm (trước ngày 19 …)": one or more rules. */
    record Recurring(String text, List<RecurrenceRule> rules, List<ScheduleWarning> warnings) implements Schedule {
        public Recurring {
            rules = List.copyOf(rules);
            if (rules.isEmpty()) {
                throw new IllegalArgumentException("a recurring schedule needs a rule");
            }
            warnings = checked(text, warnings);
        }

        public Recurring(String text, List<RecurrenceRule> rules) {
            this(text, rules, List.of());
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.RECURRING;
        }

        /**
         * Every rule's occurrences in the period, by due date, one per date: where two rules fall due on one day
         * ("Định kỳ 6 tháng, hằng năm" on 31/12), the longer period's occurrence stands for both.
         */
        @Override
        public List<Occurrence> occurrences(LocalDate periodStart, LocalDate periodEnd) {
            return oncePerDate(rules.stream()
                    .sorted(Comparator.comparingInt((RecurrenceRule rule) -> rule.frequency().months()).reversed())
                    .flatMap(rule -> rule.occurrences(periodStart, periodEnd).stream())
                    .toList());
        }
    }

    /** "Báo cáo Quý I: trước ngày 15/3/2022 · 6 tháng: trước ngày 15/6/2022 · …". */
    record Milestones(String text, List<Milestone> milestones, List<ScheduleWarning> warnings) implements Schedule {
        public Milestones {
            milestones = List.copyOf(milestones);
            if (milestones.isEmpty()) {
                throw new IllegalArgumentException("milestones needed");
            }
            warnings = checked(text, warnings);
        }

        public Milestones(String text, List<Milestone> milestones) {
            this(text, milestones, List.of());
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.MILESTONES;
        }

        @Override
        public List<Occurrence> occurrences(LocalDate periodStart, LocalDate periodEnd) {
            return oncePerDate(milestones.stream()
                    .map(m -> occurrence(m.label(), m.dueDate(), periodStart, periodEnd))
                    .toList());
        }

        @Override
        public Optional<LocalDate> deadline() {
            return milestones.stream().map(Milestone::dueDate).max(Comparator.naturalOrder());
        }
    }

    /**
     * "Sau khi UBND tỉnh ban hành …", "Triển khai sau khi Bộ … ban hành hướng dẫn 01 tháng".
     *
     * @param event what has to happen first, as printed
     * @param delay how long after it the task is due; null when the text does not say
     */
    record AfterEvent(String text, String event, Delay delay, List<ScheduleWarning> warnings) implements Schedule {
        public AfterEvent {
            Objects.requireNonNull(event, "event");
            warnings = checked(text, warnings);
        }

        public AfterEvent(String text, String event, Delay delay) {
            this(text, event, delay, List.of());
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.AFTER_EVENT;
        }

        @Override
        public List<Occurrence> occurrences(LocalDate periodStart, LocalDate periodEnd) {
            return List.of();
        }
    }

    /** Text that could not be read, kept with at least one warning saying so. */
    record Unparsed(String text, List<ScheduleWarning> warnings) implements Schedule {
        public Unparsed {
            warnings = checked(text, warnings);
            if (warnings.isEmpty()) {
                throw new IllegalArgumentException("an unparsed schedule carries a warning");
            }
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.UNPARSED;
        }

        @Override
        public List<Occurrence> occurrences(LocalDate periodStart, LocalDate periodEnd) {
            return List.of();
        }
    }

    private static List<ScheduleWarning> checked(String text, List<ScheduleWarning> warnings) {
        Objects.requireNonNull(text, "text");
        return List.copyOf(warnings);
    }

    /** The first occurrence of each due date, by date: a task is never due twice on one day. */
    private static List<Occurrence> oncePerDate(List<Occurrence> occurrences) {
        Map<LocalDate, Occurrence> byDate = new TreeMap<>();
        occurrences.forEach(o -> byDate.putIfAbsent(o.dueDate(), o));
        return List.copyOf(byDate.values());
    }

    private static Occurrence occurrence(String label, LocalDate due, LocalDate periodStart, LocalDate periodEnd) {
        return new Occurrence(label, due, !due.isBefore(periodStart) && !due.isAfter(periodEnd));
    }
}
