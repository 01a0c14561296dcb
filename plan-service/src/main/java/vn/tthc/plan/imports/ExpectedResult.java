package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.Schedule;

import java.util.List;


/**
 * A result a task is to produce (usually a document: a plan, a decision, a report), with who produces it,
 * when, and with what money. A result without units, time or funding of its own has the task's.
 *
 * @param row     the row it was read from
 * @param funding the "Kinh phí" cell of its row (the task's when the row has none); null when the table has no
 *                such column
 */
public record ExpectedResult(int row, String text, List<String> leadUnits, List<String> cooperatingUnits,
                             Schedule schedule, String funding) {

    public ExpectedResult {
        leadUnits = List.copyOf(leadUnits);
        cooperatingUnits = List.copyOf(cooperatingUnits);
    }

    public ExpectedResult(int row, String text, List<String> leadUnits, List<String> cooperatingUnits, Schedule schedule) {
        this(row, text, leadUnits, cooperatingUnits, schedule, null);
    }

    /** The time as printed. */
    public String timeText() {
        return schedule.text();
    }
}
