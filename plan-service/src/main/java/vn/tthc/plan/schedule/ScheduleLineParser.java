package vn.tthc.plan.schedule;

import vn.tthc.plan.PlanPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one item of a time text (one line or list item) into a schedule. See {@link ScheduleParser}. */
final class ScheduleLineParser {

    private static final Pattern ONGOING_START = Pattern.compile("^(?:thuc hien\\s+)?(?:thuong xuyen|lien tuc|hang ngay)\\b");
    private static final Pattern ONGOING = Pattern.compile("\\bthuong xuyen\\b");
    private static final Pattern ON_DEMAND = Pattern.compile("\\b(?:khi (?:co )?phat sinh|dot xuat|theo yeu cau"
            + "|khi co yeu cau|khi co\\b|^khi\\b|khi can thiet|khi duoc (?:giao|yeu cau)|theo (?:thu|giay) moi|theo chi dao|khi co van ban)\\b");
    private static final Pattern AFTER = Pattern.compile("\\b(?:ngay\\s+)?sau\\s+khi\\b|\\bke\\s+tu\\s+(?:khi|ngay)?");
    private static final Pattern DELAY = Pattern.compile("(?<!ngay )(?<![\\d/])\\b(?:trong\\s+(?:vong|thoi han|thoi gian)\\s+)?"
            + "0*(\\d{1,3})\\s+(ngay lam viec|ngay|tuan|thang|nam)\\b(?!\\s*[/\\d])");
    private static final Pattern RANGE_BETWEEN = Pattern.compile("^\\s*(?:-|–|den|toi)\\s*(?:het\\s+)?(?:ngay\\s*)?$");
    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile("[·;|]");
    private static final String EDGE_PUNCTUATION = "^[\\s.,;:·\\-–]+|[\\s.,;:·\\-–]+$";

    private final DateMentions dates;
    private final PeriodMentions periods;

    ScheduleLineParser(PlanPeriod period) {
        this.dates = new DateMentions(period);
        this.periods = new PeriodMentions(dates);
    }

    Schedule parse(String item) {
        FoldedText text = FoldedText.of(item);
        String folded = text.folded();
        List<ScheduleWarning> warnings = new ArrayList<>();
        if (ONGOING_START.matcher(folded).find()) {
            return new Schedule.Ongoing(item);
        }
        Matcher after = AFTER.matcher(folded);
        if (after.find()) {
            return afterEvent(text, after);
        }
        List<DateMentions.Found> found = dates.find(folded, warnings);
        List<RecurrenceRule> rules = RecurrenceText.parse(folded);
        long withYear = found.stream().filter(f -> !f.yearAssumed()).count();
        if (found.size() >= 2 && (withYear >= 2 || rules.isEmpty())) {
            return severalDates(text, found, warnings);
        }
        if (!rules.isEmpty()) {
            return new Schedule.Recurring(item, rules, warnings);
        }
        if (found.size() == 1) {
            DateMentions.Found date = found.get(0);
            warnIfYearGuessed(date.yearAssumed(), warnings);
            return new Schedule.DueByDate(item, date.date(), warnings);
        }
        List<PeriodMentions.Found> named = periods.findAll(folded);
        named.forEach(p -> warnIfYearGuessed(p.yearAssumed(), warnings));
        if (named.size() == 1) {
            if (periods.mentions(folded) > 1) {
                warnings.add(new ScheduleWarning(ScheduleWarning.PARTLY_UNPARSED, "Chỉ đọc được " + named.get(0).period().label()
                        + "; phần còn lại của thời gian được giữ nguyên văn: " + item));
            }
            return new Schedule.WithinPeriod(item, named.get(0).period(), warnings);
        }
        if (named.size() > 1) {
            return new Schedule.Milestones(item, named.stream()
                    .map(p -> new Milestone(p.period().label(), p.period().end())).toList(), List.copyOf(new LinkedHashSet<>(warnings)));
        }
        if (ONGOING.matcher(folded).find()) {
            return new Schedule.Ongoing(item, warnings);
        }
        if (ON_DEMAND.matcher(folded).find()) {
            return new Schedule.OnDemand(item, warnings);
        }
        String why = RecurrenceText.mentionsRecurrence(folded)
                ? "Định kỳ nhưng không rõ hàng tháng, quý hay năm: " + item
                : "Không đọc được thời gian thực hiện: " + item;
        warnings.add(new ScheduleWarning(ScheduleWarning.UNPARSED, why));
        return new Schedule.Unparsed(item, warnings);
    }

    /** The milestones an item stands for when several items of one text are dated. */
    List<Milestone> milestonesOf(String item, Schedule schedule) {
        if (schedule instanceof Schedule.Milestones) {
            return ((Schedule.Milestones) schedule).milestones();
        }
        if (schedule instanceof Schedule.WithinPeriod) {
            CalendarPeriod period = ((Schedule.WithinPeriod) schedule).period();
            return List.of(new Milestone(period.label(), period.end()));
        }
        if (schedule instanceof Schedule.DueByDate) {
            LocalDate date = ((Schedule.DueByDate) schedule).date();
            FoldedText text = FoldedText.of(item);
            String words = dates.find(text.folded(), new ArrayList<>()).stream()
                    .filter(f -> f.date().equals(date))
                    .findFirst()
                    .map(f -> text.original(0, f.start()) + " " + text.original(f.end(), item.length()))
                    .orElse(item);
            return List.of(new Milestone(MilestoneLabels.label(words, date), date));
        }
        return List.of();
    }

    private Schedule afterEvent(FoldedText text, Matcher after) {
        String item = text.original();
        int eventStart = after.end();
        int eventEnd = item.length();
        Delay delay = null;
        Matcher d = DELAY.matcher(text.folded());
        if (d.find()) {
            delay = new Delay(Integer.parseInt(d.group(1)), unit(d.group(2)));
            if (d.start() >= eventStart) {
                eventEnd = d.start();
            }
        }
        String event = item.substring(eventStart, Math.max(eventStart, eventEnd)).replaceAll(EDGE_PUNCTUATION, "");
        return new Schedule.AfterEvent(item, event, delay);
    }

    private Schedule severalDates(FoldedText text, List<DateMentions.Found> found, List<ScheduleWarning> warnings) {
        String item = text.original();
        found.forEach(f -> warnIfYearGuessed(f.yearAssumed(), warnings));
        if (found.size() == 2 && RANGE_BETWEEN.matcher(text.folded().substring(found.get(0).end(), found.get(1).start())).matches()
                && !found.get(1).date().isBefore(found.get(0).date())) {
            return new Schedule.WithinPeriod(item, CalendarPeriod.between(found.get(0).date(), found.get(1).date()), warnings);
        }
        List<Milestone> milestones = byClauses(text, found);
        if (milestones.isEmpty()) {
            milestones = byPositions(text, found);
        }
        return new Schedule.Milestones(item, milestones, warnings);
    }

    /** One milestone per clause ("Quý I: trước ngày 15/3/2022 · 6 tháng: …"), when each clause has one date. */
    private static List<Milestone> byClauses(FoldedText text, List<DateMentions.Found> found) {
        List<Milestone> milestones = new ArrayList<>();
        Matcher separator = CLAUSE_SEPARATOR.matcher(text.folded());
        int clauseStart = 0;
        int next = 0;
        while (clauseStart <= text.original().length()) {
            int clauseEnd = separator.find() ? separator.start() : text.original().length();
            List<DateMentions.Found> inClause = new ArrayList<>();
            while (next < found.size() && found.get(next).start() < clauseEnd) {
                inClause.add(found.get(next++));
            }
            if (inClause.size() > 1) {
                return List.of();
            }
            if (inClause.size() == 1) {
                DateMentions.Found date = inClause.get(0);
                String words = text.original(clauseStart, date.start()) + " " + text.original(date.end(), clauseEnd);
                milestones.add(new Milestone(MilestoneLabels.label(words, date.date()), date.date()));
            }
            clauseStart = clauseEnd + 1;
        }
        return milestones;
    }

    /** One milestone per date, labelled by the words between it and the date before. */
    private static List<Milestone> byPositions(FoldedText text, List<DateMentions.Found> found) {
        List<Milestone> milestones = new ArrayList<>();
        int from = 0;
        for (DateMentions.Found date : found) {
            milestones.add(new Milestone(MilestoneLabels.label(text.original(from, date.start()), date.date()), date.date()));
            from = date.end();
        }
        return milestones;
    }

    private void warnIfYearGuessed(boolean yearAssumed, List<ScheduleWarning> warnings) {
        if (yearAssumed && dates.yearIsGuess()) {
            warnings.add(new ScheduleWarning(ScheduleWarning.YEAR_ASSUMED,
                    "Không ghi năm; lấy năm đầu của kế hoạch: " + dates.assumedYear()));
        }
    }

    private static Delay.Unit unit(String word) {
        switch (word) {
            case "ngay lam viec":
                return Delay.Unit.WORKING_DAYS;
            case "ngay":
                return Delay.Unit.DAYS;
            case "tuan":
                return Delay.Unit.WEEKS;
            case "thang":
                return Delay.Unit.MONTHS;
            default:
                return Delay.Unit.YEARS;
        }
    }
}
