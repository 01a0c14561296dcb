package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.Schedule;

import java.util.List;


/**
 * A result a task is to produce (usually a document: a plan, a decision, a report), with who produces it and
 * when. A result without units or time of its own has the task's.
 *
 * @param row the row it was read from
 */
public record ExpectedResult(int row, String text, List<String> leadUnits, List<String> cooperatingUnits,
                             Schedule schedule) {

    public ExpectedResult {
        leadUnits = List.copyOf(leadUnits);
        cooperatingUnits = List.copyOf(cooperatingUnits);
    }

    /** The time as printed. */
    public String timeText() {
        return schedule.text();
    }
}
