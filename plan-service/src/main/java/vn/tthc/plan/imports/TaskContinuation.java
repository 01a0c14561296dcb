package vn.tthc.plan.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.tthc.plan.TextItems;

/**
 * Attaches a row without a number to the task above it. The row is the rest of the task's last row when
 * every filled cell continues the text above it (a row cut by a page break); otherwise it is another result
 * of the task, with its own units and time where the row has them. A fragment that only repeats the end of
 * the text above is dropped, and a dashed item under a dashed list joins that list; both with a warning.
 */
final class TaskContinuation {

    private final List<ImportWarning> warnings;

    TaskContinuation(List<ImportWarning> warnings) {
        this.warnings = warnings;
    }

    /** Adds a row without a number to the task above it, with the layout of the table. */
    void apply(TableRow row, TaskDraft task, ColumnLayout layout) {
        apply(row, task, layout, false);
    }

    /**
     * Adds a row without a number to the task above it. Right after a page break (a repeated header) such a row
     * is the rest of the row the break cut, unless its result starts a new list item: each filled cell then
     * finishes the same cell above ("Văn" · "phòng Sở", "Kinh phí hoạt" · "động"), whatever its first letter.
     */
    void apply(TableRow row, TaskDraft task, ColumnLayout layout, boolean afterPageBreak) {
        String content = layout.cell(row, Column.CONTENT);
        ResultDraft current = task.last();
        String result = withoutRepeat(row, layout.header(Column.RESULT), current.text, layout.cell(row, Column.RESULT));
        content = withoutRepeat(row, layout.header(Column.CONTENT), task.content, content);
        Map<Column, String> own = new EnumMap<>(Column.class);
        for (Column column : layout.inheritableColumns()) {
            String text = withoutRepeat(row, layout.header(column), previousCell(task, column), layout.cell(row, column));
            if (!text.isBlank() && !extendsList(row, task, column, text, layout)) {
                own.put(column, text);
            }
        }
        if (result.isBlank() && own.isEmpty()) {
            task.content = CellText.join(task.content, content);
            return;
        }
        boolean cutByPage = afterPageBreak && !TextItems.startsWithMarker(result);
        boolean continuesAll = cutByPage || (result.isBlank() || CellText.continues(current.text, result))
                && own.entrySet().stream().allMatch(e -> CellText.continuesValue(previousCell(task, e.getKey()), e.getValue()));
        if (continuesAll) {
            task.content = CellText.join(task.content, content);
            current.text = CellText.join(current.text, result);
            own.forEach((column, text) -> {
                ResultDraft target = current.cell(column).isBlank() ? task.lastWith(column) : current;
                target.cells.put(column, CellText.join(target.cell(column), text));
            });
            return;
        }
        if (!layout.has(Column.RESULT)) {
            result = content;
            content = "";
        }
        task.content = CellText.join(task.content, content);
        ResultDraft added = new ResultDraft(row.number(), result);
        added.cells.putAll(own);
        task.results.add(added);
        if (result.isBlank()) {
            warn(row, layout.headerIfPresent(Column.RESULT), ImportWarning.RESULT_MISSING, "Dòng có đơn vị hoặc thời gian riêng nhưng không có kết quả: " + row.quoted());
        }
    }

    /**
     * A dashed item under a dashed list of the same column is the next item of that list (a merged cell the
     * page or the conversion split across rows), not a value of the row's own.
     */
    private boolean extendsList(TableRow row, TaskDraft task, Column column, String text, ColumnLayout layout) {
        ResultDraft holder = task.lastWith(column);
        if (!CellText.continuesList(holder.cell(column), text)) {
            return false;
        }
        holder.cells.put(column, holder.cell(column) + "\n" + text);
        warn(row, layout.header(column), ImportWarning.CELL_SPILLED, "Ô «" + layout.header(column) + "» là một danh sách kéo dài qua nhiều dòng;"
                + " gộp vào nhiệm vụ " + task.label + ": " + text.replace('\n', ' '));
        return true;
    }

    private String previousCell(TaskDraft task, Column column) {
        String own = task.last().cell(column);
        return own.isBlank() ? task.lastWith(column).cell(column) : own;
    }

    private String withoutRepeat(TableRow row, String cell, String previous, String fragment) {
        if (CellText.repeatsEndOf(previous, fragment)) {
            warn(row, cell, ImportWarning.REPEATED_TEXT, "Đoạn chữ lặp lại phần cuối của dòng trên (do ngắt trang), bỏ qua: "
                    + fragment.replace('\n', ' '));
            return "";
        }
        return fragment;
    }

    private void warn(TableRow row, String cell, String code, String message) {
        warnings.add(new ImportWarning(row.number(), code, message, cell));
    }
}
