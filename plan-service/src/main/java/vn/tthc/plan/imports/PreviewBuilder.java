package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.Occurrence;
import vn.tthc.plan.schedule.Schedule;
import vn.tthc.plan.schedule.ScheduleParser;
import vn.tthc.plan.schedule.ScheduleWarning;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.TextItems;

/**
 * Turns assembled drafts into the preview: fills empty unit and time cells from the task above where a task
 * needs them (or the source merged them), splits unit cells into names, reads time texts into schedules, and
 * pairs a row's results with its units or times when a cell lists one per result.
 */
final class PreviewBuilder {

    private static final String TRAILING_LIST_PUNCTUATION = "[\\s;,]+$";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanPeriod period;
    private final ScheduleParser schedules;
    private final Set<ImportWarning> warnings = new LinkedHashSet<>();
    private final Map<TaskDraft, Map<Column, String>> resolved = new IdentityHashMap<>();
    private ColumnLayout layout;
    private boolean mergesMarked;

    PreviewBuilder(PlanPeriod period) {
        this.period = period;
        this.schedules = new ScheduleParser(period);
    }

    PlanTablePreview build(Assembled table) {
        layout = table.layout();
        mergesMarked = table.mergesMarked();
        warnings.addAll(table.warnings());
        List<SectionPreview> sections = new ArrayList<>();
        for (SectionDraft section : table.sections()) {
            resolveCells(section);
            sections.add(new SectionPreview(section.row, section.label, section.title,
                    section.tasks.stream().map(this::task).toList(), section.parentLabel, section.continued));
        }
        List<ImportWarning> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparingInt(ImportWarning::row));
        return new PlanTablePreview(layout.columns(), sections, sorted);
    }

    /**
     * Each task's own cells, empty ones filled from the task above where that is what the table means: a cell the
     * source marks as merged, silently; where the source marks no merges at all (a text converted from Word loses
     * them), an empty unit or time cell of a task, with a warning. Never for a group, or for a row with nothing but
     * its number and content (a heading, not a cell merged with the one above), or where the source marks merges
     * and did not mark this one.
     */
    private void resolveCells(SectionDraft section) {
        TaskDraft above = null;
        for (TaskDraft task : inOrder(section.tasks)) {
            Map<Column, String> cells = new EnumMap<>(task.first().cells);
            boolean group = !task.subtasks.isEmpty() || HeadingRows.isBare(task);
            boolean mayBeLostMerge = !mergesMarked;
            for (Column column : layout.inheritableColumns()) {
                String aboveText = above == null ? "" : resolved.get(above).getOrDefault(column, "");
                boolean shared = task.mergedFromAbove.contains(column) || task.spilled.contains(column);
                if (!cells.getOrDefault(column, "").isBlank() || aboveText.isBlank() || group
                        || !(shared || column.isRequired() && mayBeLostMerge)) {
                    continue;
                }
                cells.put(column, aboveText);
                if (!shared) {
                    warn(task.row, layout.header(column), ImportWarning.CELL_INHERITED, "Ô «" + layout.header(column) + "» trống; lấy theo nhiệm vụ "
                            + above.label + " ở trên: " + aboveText.replace('\n', ' '));
                }
            }
            resolved.put(task, cells);
            if (!group) {
                above = task;
            }
        }
    }

    private TaskPreview task(TaskDraft draft) {
        Map<Column, String> cells = resolved.get(draft);
        boolean group = !draft.subtasks.isEmpty();
        String time = cells.getOrDefault(Column.TIME, "");
        Schedule schedule = schedules.parse(time);
        if (!group || !time.isBlank()) {
            report(draft.row, schedule);
        }
        Assignment assignment = assignment(cells, -1, 0);
        if (assignment.leadUnits().isEmpty() && !group) {
            warn(draft.row, layout.headerIfPresent(layout.has(Column.ASSIGNMENT) ? Column.ASSIGNMENT : Column.LEAD), ImportWarning.NO_LEAD, "Nhiệm vụ " + draft.label + " không có đơn vị chủ trì");
        }
        String funding = layout.has(Column.FUNDING) ? cells.getOrDefault(Column.FUNDING, "") : null;
        return new TaskPreview(draft.row, draft.label, draft.content, results(draft, cells, schedule),
                assignment.leadUnits(), assignment.cooperatingUnits(), funding, schedule,
                draft.subtasks.stream().map(this::task).toList());
    }

    private List<ExpectedResult> results(TaskDraft task, Map<Column, String> taskCells, Schedule taskSchedule) {
        List<ExpectedResult> results = new ArrayList<>();
        for (ResultDraft draft : task.results) {
            Map<Column, String> cells = new EnumMap<>(taskCells);
            if (draft != task.first()) {
                draft.cells.forEach((column, text) -> {
                    if (!text.isBlank()) {
                        cells.put(column, text);
                    }
                });
            }
            List<String> items = TextItems.split(draft.text).stream()
                    .map(item -> item.replaceAll(TRAILING_LIST_PUNCTUATION, ""))
                    .filter(item -> !item.isEmpty())
                    .toList();
            if (items.isEmpty() && draft != task.first()) {
                items = List.of("");
            }
            for (int i = 0; i < items.size(); i++) {
                Assignment assignment = assignment(cells, i, items.size());
                String time = piece(cells.getOrDefault(Column.TIME, ""), i, items.size());
                Schedule schedule = time.equals(taskSchedule.text()) || time.equals(taskCells.getOrDefault(Column.TIME, ""))
                        ? taskSchedule
                        : schedules.parse(time);
                if (schedule != taskSchedule) {
                    report(draft.row, schedule);
                }
                String funding = layout.has(Column.FUNDING) ? piece(cells.getOrDefault(Column.FUNDING, ""), i, items.size()) : null;
                results.add(new ExpectedResult(draft.row, items.get(i), assignment.leadUnits(),
                        assignment.cooperatingUnits(), schedule, funding));
            }
        }
        return results;
    }

    /** The units of the cells, or of the item-th of {@code items} results when a cell lists one per result. */
    private Assignment assignment(Map<Column, String> cells, int item, int items) {
        Set<String> lead = new LinkedHashSet<>();
        Set<String> cooperating = new LinkedHashSet<>();
        Assignment merged = UnitNameSplitter.splitAssignment(piece(cells.getOrDefault(Column.ASSIGNMENT, ""), item, items));
        Assignment leadCell = UnitNameSplitter.splitAssignment(piece(cells.getOrDefault(Column.LEAD, ""), item, items));
        Assignment cooperatingCell = UnitNameSplitter.splitAssignment(piece(cells.getOrDefault(Column.COOPERATING, ""), item, items));
        lead.addAll(merged.leadUnits());
        lead.addAll(leadCell.leadUnits());
        cooperating.addAll(merged.cooperatingUnits());
        cooperating.addAll(leadCell.cooperatingUnits());
        cooperating.addAll(cooperatingCell.leadUnits());
        cooperating.addAll(cooperatingCell.cooperatingUnits());
        return new Assignment(List.copyOf(lead), List.copyOf(cooperating));
    }

    /**
     * The item-th piece of a cell that lists exactly one line (or one list item) per result; the whole cell
     * otherwise. A line holding only a dash stands for "none".
     */
    private static String piece(String cell, int item, int items) {
        if (item < 0 || items < 2) {
            return cell;
        }
        List<String> lines = Arrays.asList(cell.split("\n"));
        if (lines.size() == items) {
            String line = lines.get(item).strip();
            return line.matches("[-–]*") ? "" : line;
        }
        List<String> listed = TextItems.split(cell);
        return listed.size() == items ? listed.get(item) : cell;
    }

    private void report(int row, Schedule schedule) {
        for (ScheduleWarning warning : schedule.warnings()) {
            warn(row, layout.headerIfPresent(Column.TIME), warning.code(), warning.message());
        }
        for (Occurrence occurrence : schedule.occurrences(period)) {
            if (!occurrence.withinPeriod()) {
                warn(row, layout.headerIfPresent(Column.TIME), ImportWarning.OUTSIDE_PERIOD, "Hạn " + DAY.format(occurrence.dueDate()) + " (" + occurrence.label()
                        + ") nằm ngoài thời gian của kế hoạch, từ " + DAY.format(period.start()) + " đến "
                        + DAY.format(period.end()));
            }
        }
    }

    private static List<TaskDraft> inOrder(List<TaskDraft> tasks) {
        List<TaskDraft> ordered = new ArrayList<>();
        for (TaskDraft task : tasks) {
            ordered.add(task);
            ordered.addAll(inOrder(task.subtasks));
        }
        return ordered;
    }

    private void warn(int row, String cell, String code, String message) {
        warnings.add(new ImportWarning(row, code, message, cell));
    }
}
