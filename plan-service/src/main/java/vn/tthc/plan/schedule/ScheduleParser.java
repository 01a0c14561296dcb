package vn.tthc.plan.schedule;

import vn.tthc.plan.MarkupText;
import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.TextItems;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the free Vietnamese text of a plan's "Thời gian thực hiện" column into a {@link Schedule}.
 *
 * <p>The text is brought to NFC and cleaned of markup first; each line or list item is read on its own and
 * the results combined. Read, in this order: "Thường xuyên" (ONGOING); "sau khi …" or "kể từ …" (AFTER_EVENT,
 * with the delay if one is written, e.g. "01 tháng"); two or more dates (MILESTONES, or WITHIN_PERIOD for "từ …
 * đến …"); "hàng tháng/quý/năm", "định kỳ 6 tháng", "01 năm 2 lần" with due days such as "trước ngày 22"
 * (RECURRING); one date d/M/yyyy (DUE_BY_DATE, the date named being the deadline); a month, quarters, half
 * year, year or years (WITHIN_PERIOD, due on its last day); "thường xuyên" elsewhere in the text (ONGOING);
 * "khi có phát sinh", "đột xuất", "theo yêu cầu", "theo thư mời" (ON_DEMAND). Anything else is UNPARSED,
 * with its text and a warning. A date or period printed without a year takes the year of the plan's period
 * (the first year, with a warning, when the plan covers several). Never throws on odd text.
 */
public final class ScheduleParser {

    private final ScheduleLineParser lines;
    private final ScheduleCombiner combiner;

    /** @param period the period the plan covers, which supplies years the text leaves out */
    public ScheduleParser(PlanPeriod period) {
        Objects.requireNonNull(period, "period");
        this.lines = new ScheduleLineParser(period);
        this.combiner = new ScheduleCombiner(lines);
    }

    public Schedule parse(String text) {
        String plain = MarkupText.toPlainText(text);
        List<String> items = new ArrayList<>();
        for (String item : TextItems.split(plain)) {
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            return new Schedule.Unparsed(plain, List.of(
                    new ScheduleWarning(ScheduleWarning.EMPTY, "Không có thời gian thực hiện")));
        }
        List<Schedule> parts = items.stream().map(lines::parse).toList();
        return combiner.combine(plain, items, parts);
    }
}
