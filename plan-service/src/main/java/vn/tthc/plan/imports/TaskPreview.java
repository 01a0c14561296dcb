package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.Schedule;

import java.util.List;
import java.util.stream.Stream;


/**
 * A task as read from a plan's appendix table, before it is saved.
 *
 * @param row              the row it starts at
 * @param label            its number as printed ("2", "2.1.1", "a")
 * @param content          what is to be done ("Nội dung công việc")
 * @param results          what it is to produce, each with its own units and time
 * @param leadUnits        the units leading it, as printed (not yet matched to the unit registry)
 * @param cooperatingUnits the units cooperating, as printed
 * @param funding          the "Kinh phí" cell; null when the table has no such column
 * @param schedule         its time, read from the printed text (see {@link Schedule#text()}); always set for a
 *                         task read from a table; null for a task read from a document's body whose text names
 *                         no time (see {@link BodyTaskReader})
 * @param subtasks         tasks numbered under it ("2.1" under "2", "a" under "1")
 */
public record TaskPreview(int row, String label, String content, List<ExpectedResult> results,
                          List<String> leadUnits, List<String> cooperatingUnits, String funding,
                          Schedule schedule, List<TaskPreview> subtasks) {

    public TaskPreview {
        results = List.copyOf(results);
        leadUnits = List.copyOf(leadUnits);
        cooperatingUnits = List.copyOf(cooperatingUnits);
        subtasks = List.copyOf(subtasks);
    }

    /** The time as printed; "" when the task has no schedule. */
    public String timeText() {
        return schedule == null ? "" : schedule.text();
    }

    /** This task and all its subtasks, depth first. */
    public Stream<TaskPreview> withSubtasks() {
        return Stream.concat(Stream.of(this), subtasks.stream().flatMap(TaskPreview::withSubtasks));
    }
}
