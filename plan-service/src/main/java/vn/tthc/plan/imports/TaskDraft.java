package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A task while rows are read. Its first result holds the cells of the task's own row; rows that continue
 * the task extend those cells or add results with cells of their own.
 */
final class TaskDraft {

    final int row;
    final String label;
    final int depth;
    String content;
    final List<ResultDraft> results = new ArrayList<>();
    final List<TaskDraft> subtasks = new ArrayList<>();
    /** Cells the source marks as merged with the cell above: taken from the task above without a warning. */
    final Set<Column> mergedFromAbove = EnumSet.noneOf(Column.class);
    /** Cells whose text belonged to the task above (already warned): taken from it. */
    final Set<Column> spilled = EnumSet.noneOf(Column.class);

    TaskDraft(int row, String label, int depth, String content, ResultDraft first) {
        this.row = row;
        this.label = label;
        this.depth = depth;
        this.content = content;
        this.results.add(first);
    }

    ResultDraft first() {
        return results.get(0);
    }

    ResultDraft last() {
        return results.get(results.size() - 1);
    }

    /** The result whose cell of that column was filled last, or the first result. */
    ResultDraft lastWith(Column column) {
        for (int i = results.size() - 1; i > 0; i--) {
            if (!results.get(i).cell(column).isBlank()) {
                return results.get(i);
            }
        }
        return first();
    }
}
