package vn.tthc.console.view;

import vn.tthc.console.api.PlanViews.Appendix;
import vn.tthc.console.api.PlanViews.Section;
import vn.tthc.console.api.PlanViews.Task;
import vn.tthc.console.api.PlanViews.TaskNode;

import java.util.ArrayList;
import java.util.List;

/** A plan's appendix tree as the rows of one table: section headings and tasks, each with its depth. */
public final class AppendixRows {

    /** A row: a section heading (task null) or a task at a depth (0 = under its section). */
    public record Row(String label, String title, Task task, int depth) {
        public boolean section() {
            return task == null;
        }

        /** The task's number with its parents' ("2.1"), as people quote it. */
        public String indent() {
            return "depth-" + Math.min(depth, 4);
        }
    }

    /** How far the plan is: tasks, done, overdue and the share done. */
    public record Totals(int tasks, int done, int overdue, int percent) {
    }

    private AppendixRows() {
    }

    public static List<Row> of(Appendix appendix) {
        List<Row> rows = new ArrayList<>();
        if (appendix == null) {
            return rows;
        }
        if (appendix.sections() != null) {
            for (Section section : appendix.sections()) {
                rows.add(new Row(section.label(), section.title(), null, 0));
                addAll(rows, section.tasks(), 0);
            }
        }
        if (appendix.unsectioned() != null && !appendix.unsectioned().isEmpty()) {
            addAll(rows, appendix.unsectioned(), 0);
        }
        return rows;
    }

    private static void addAll(List<Row> rows, List<TaskNode> nodes, int depth) {
        if (nodes == null) {
            return;
        }
        for (TaskNode node : nodes) {
            rows.add(new Row(node.task().label(), node.task().content(), node.task(), depth));
            addAll(rows, node.subtasks(), depth + 1);
        }
    }

    public static Totals totals(List<Row> rows) {
        int tasks = 0;
        int done = 0;
        int overdue = 0;
        int percentSum = 0;
        for (Row row : rows) {
            if (row.section()) {
                continue;
            }
            tasks++;
            if (row.task().done()) {
                done++;
            }
            if (row.task().overdue()) {
                overdue++;
            }
            percentSum += row.task().percentDone();
        }
        return new Totals(tasks, done, overdue, tasks == 0 ? 0 : Math.round((float) percentSum / tasks));
    }
}
