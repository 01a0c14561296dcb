package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.tthc.plan.imports.NotAPlanTableException.Reason;

/**
 * Puts a table's rows in order: finds the header row (rows before it are the document's front matter), skips
 * repeated headers, opens sections at Roman numbers and tasks at Arabic, dotted or lettered numbers, and
 * attaches rows without a number to the task above (see {@link TaskContinuation}). What it cannot place it
 * reports.
 */
final class TableAssembler {

    private static final Pattern SEPARATOR = Pattern.compile("^[-=_:|.\\s]+$");

    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<SectionDraft> sections = new ArrayList<>();
    private final Map<String, TaskDraft> tasksByLabel = new HashMap<>();
    private final TaskContinuation continuation = new TaskContinuation(warnings);
    private ColumnLayout layout;
    private RowAligner aligner;
    private int headerWidth;
    private boolean headerJustSeen;
    /** Set by a repeated header (a page break): a row without a number right after it continues the row above. */
    private boolean afterPageBreak;
    private SectionDraft section;
    private TaskDraft lastTask;
    /** The last task with a number (not a letter): lettered tasks a), b) go under it, "2.1" as well as "2". */
    private TaskDraft lastNumberedTask;
    private int dataRows;

    static Assembled assemble(List<TableRow> rows) {
        if (rows.isEmpty()) {
            throw new NotAPlanTableException(Reason.NO_TABLE, "no table rows");
        }
        TableAssembler assembler = new TableAssembler();
        rows.forEach(assembler::accept);
        if (assembler.layout == null) {
            throw new NotAPlanTableException(Reason.NO_HEADER,
                    "no row names the number (STT) and content (Nội dung) columns among " + rows.size() + " rows");
        }
        if (assembler.dataRows == 0) {
            throw new NotAPlanTableException(Reason.NO_ROWS, "a header row and no rows under it");
        }
        boolean mergesMarked = rows.stream().anyMatch(row -> !row.mergedFromAbove().isEmpty());
        return new Assembled(assembler.layout, HeadingRows.apply(assembler.sections), assembler.warnings, mergesMarked);
    }

    private void accept(TableRow printed) {
        TableRow row = printed;
        if (row.isBlank()) {
            return;
        }
        if (layout == null) {
            ColumnLayout.recognize(row).ifPresent(found -> {
                layout = found;
                headerWidth = printed.cells().size();
                aligner = new RowAligner(layout, headerWidth);
                headerJustSeen = true;
            });
            return;
        }
        if (headerJustSeen) {
            headerJustSeen = false;
            Optional<ColumnLayout> refined = layout.refinedBy(row);
            if (refined.isPresent()) {
                layout = refined.get();
                headerWidth = Math.max(headerWidth, row.cells().size());
                aligner = new RowAligner(layout, headerWidth);
                return;
            }
        }
        if (ColumnLayout.recognize(row).isPresent()) {
            headerJustSeen = true;
            afterPageBreak = dataRows > 0;
            return;
        }
        if (ColumnLayout.numbersTheColumns(row)) {
            warn(row, ImportWarning.ROW_IGNORED, "Dòng đánh số thứ tự các cột, không phải nhiệm vụ: " + row.quoted());
            return;
        }
        if (row.cells().size() == 1) {
            warn(row, ImportWarning.ROW_IGNORED, "Dòng nằm ngoài bảng, không nhập: " + row.quoted());
            return;
        }
        if (row.cells().stream().filter(c -> !c.isBlank()).allMatch(c -> SEPARATOR.matcher(c).matches())) {
            warn(row, ImportWarning.ROW_IGNORED, "Dòng kẻ, không có dữ liệu: " + row.quoted());
            return;
        }
        dataRows++;
        row = aligned(row);
        warnUnimported(row);
        RowLabel label = RowLabel.parse(layout.cell(row, Column.NUMBER));
        boolean cutByPage = afterPageBreak && label.kind() == RowLabel.Kind.NONE;
        afterPageBreak = false;
        if (cutByPage && lastTask != null) {
            continuation.apply(row, lastTask, layout, true);
            return;
        }
        switch (label.kind()) {
            case SECTION:
                startSection(row, label);
                break;
            case NONE:
                continueTask(row);
                break;
            case OTHER:
                warn(row, layout.header(Column.NUMBER), ImportWarning.LABEL_UNKNOWN, "Số thứ tự không rõ dạng, nhập như một nhiệm vụ: " + label.label());
                startTask(row, label);
                break;
            default:
                startTask(row, label);
        }
    }

    /** The row's cells under the right columns when it has a cell too many or too few (see {@link RowAligner}). */
    private TableRow aligned(TableRow row) {
        if (!row.mergedFromAbove().isEmpty()) {
            return row;
        }
        Optional<TableRow> realigned = aligner.align(row);
        if (realigned.isEmpty()) {
            return row;
        }
        warn(row, ImportWarning.CELLS_ALIGNED, "Dòng có " + row.cells().size() + " ô nhưng bảng có " + headerWidth
                + " cột; đã xếp các ô vào cột theo nội dung: " + describe(realigned.get()));
        return realigned.get();
    }

    private String describe(TableRow row) {
        List<String> placed = new ArrayList<>();
        for (Column column : layout.columns()) {
            String text = layout.cell(row, column);
            if (!text.isBlank()) {
                placed.add("«" + layout.header(column) + "»: " + text.replace('\n', ' '));
            }
        }
        return String.join("; ", placed);
    }

    private void startSection(TableRow row, RowLabel label) {
        String content = layout.cell(row, Column.CONTENT);
        if (!label.rest().isEmpty()) {
            warn(row, layout.header(Column.NUMBER), ImportWarning.LABEL_WITH_TEXT, "Số thứ tự và tên mục chung một ô: " + label.label() + " " + label.rest());
        }
        boolean isAlsoATask = List.of(Column.LEAD, Column.ASSIGNMENT, Column.TIME).stream()
                .anyMatch(column -> !layout.cell(row, column).isBlank());
        if (!isAlsoATask) {
            for (Column column : List.of(Column.RESULT, Column.COOPERATING, Column.FUNDING)) {
                String text = layout.cell(row, column);
                if (!text.isBlank()) {
                    warn(row, layout.header(column), ImportWarning.SECTION_DATA, "Dòng mục " + label.label() + " có ô «"
                            + layout.header(column) + "», không nhập: " + text.replace('\n', ' '));
                }
            }
        }
        section = new SectionDraft(row.number(), label.label(), CellText.join(label.rest(), content));
        sections.add(section);
        tasksByLabel.clear();
        lastTask = null;
        lastNumberedTask = null;
        if (isAlsoATask) {
            sectionsOwnTask(row, label);
        }
    }

    /**
     * A section row with its own lead unit or time ("II | Công tác báo cáo | … | Văn phòng Sở | Định kỳ hằng quý") is
     * a task as well as a section: the task opens the section, with the section's number and title.
     */
    private void sectionsOwnTask(TableRow row, RowLabel label) {
        ResultDraft own = new ResultDraft(row.number(), layout.cell(row, Column.RESULT));
        layout.inheritableColumns().forEach(c -> own.cells.put(c, layout.cell(row, c)));
        TaskDraft task = new TaskDraft(row.number(), label.label(), 1, section.title, own);
        section.tasks.add(task);
        lastTask = task;
    }

    private void startTask(TableRow row, RowLabel label) {
        if (section == null) {
            section = new SectionDraft(row.number(), "", "");
            sections.add(section);
        }
        if (!label.rest().isEmpty()) {
            warn(row, layout.header(Column.NUMBER), ImportWarning.LABEL_WITH_TEXT, "Số thứ tự và nội dung chung một ô: " + label.label() + " " + label.rest());
        }
        ResultDraft first = new ResultDraft(row.number(), layout.cell(row, Column.RESULT));
        layout.inheritableColumns().forEach(c -> first.cells.put(c, layout.cell(row, c)));
        TaskDraft task = new TaskDraft(row.number(), label.label(), label.depth(),
                CellText.join(label.rest(), layout.cell(row, Column.CONTENT)), first);
        layout.inheritableColumns().stream().filter(c -> layout.mergedFromAbove(row, c)).forEach(task.mergedFromAbove::add);
        takeSpillFromAbove(row, task);
        place(row, label, task);
        lastTask = task;
        if (label.kind() != RowLabel.Kind.LETTER) {
            lastNumberedTask = task;
        }
    }

    /** A cell that finishes the dangling text of the task above belongs to that task, and is shared with it. */
    private void takeSpillFromAbove(TableRow row, TaskDraft task) {
        if (lastTask == null) {
            return;
        }
        for (Column column : layout.inheritableColumns()) {
            String text = task.first().cell(column);
            ResultDraft holder = lastTask.lastWith(column);
            if (!text.isBlank() && CellText.endsDangling(holder.cell(column))) {
                holder.cells.put(column, holder.cell(column) + " " + text);
                task.first().cells.put(column, "");
                task.spilled.add(column);
                warn(row, layout.header(column), ImportWarning.CELL_SPILLED, "Ô «" + layout.header(column) + "» nối tiếp ô của nhiệm vụ "
                        + lastTask.label + " ở trên (ô gộp qua nhiều dòng); dùng chung: " + holder.cell(column).replace('\n', ' '));
            }
        }
    }

    private void place(TableRow row, RowLabel label, TaskDraft task) {
        TaskDraft parent = null;
        String key = label.label();
        if (label.kind() == RowLabel.Kind.LETTER) {
            parent = lastNumberedTask;
            key = (parent == null ? "" : parent.label + ".") + label.label();
        } else if (label.kind() == RowLabel.Kind.TASK && label.depth() > 1) {
            parent = tasksByLabel.get(label.parentLabel());
        }
        boolean wantsParent = label.kind() == RowLabel.Kind.LETTER || label.kind() == RowLabel.Kind.TASK && label.depth() > 1;
        if (wantsParent && parent == null) {
            warn(row, layout.header(Column.NUMBER), ImportWarning.PARENT_MISSING, "Không thấy nhiệm vụ cha của " + label.label() + "; xếp vào mục "
                    + section.label);
        }
        if (parent == null) {
            section.tasks.add(task);
        } else {
            parent.subtasks.add(task);
        }
        if (tasksByLabel.put(key, task) != null) {
            warn(row, layout.header(Column.NUMBER), ImportWarning.LABEL_REPEATED, "Số thứ tự " + label.label() + " lặp lại trong mục " + section.label);
        }
    }

    private void continueTask(TableRow row) {
        String content = layout.cell(row, Column.CONTENT);
        if (lastTask != null) {
            continuation.apply(row, lastTask, layout);
        } else if (section != null && row.cells().stream().filter(c -> !c.isBlank()).count() == 1 && !content.isBlank()) {
            section.title = CellText.join(section.title, content);
        } else {
            warn(row, ImportWarning.ROW_ORPHAN, "Dòng không có số thứ tự và không thuộc nhiệm vụ nào: " + row.quoted());
        }
    }

    private void warnUnimported(TableRow row) {
        for (int position : layout.unmappedFilledCells(row)) {
            warn(row, "cột " + (position + 1), ImportWarning.UNMAPPED_CELL, "Ô ở cột " + (position + 1) + " không thuộc cột nào của bảng, không nhập: "
                    + row.cell(position).replace('\n', ' '));
        }
        String note = layout.cell(row, Column.NOTE);
        if (!note.isBlank()) {
            warn(row, layout.header(Column.NOTE), ImportWarning.UNMAPPED_CELL, "Ghi chú không được nhập: " + note.replace('\n', ' '));
        }
    }

    private void warn(TableRow row, String code, String message) {
        warnings.add(new ImportWarning(row.number(), code, message));
    }

    private void warn(TableRow row, String cell, String code, String message) {
        warnings.add(new ImportWarning(row.number(), code, message, cell));
    }
}
