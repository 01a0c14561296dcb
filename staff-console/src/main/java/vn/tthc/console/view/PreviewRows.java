package vn.tthc.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import vn.tthc.console.api.PlanViews.ImportResult;
import vn.tthc.console.api.PlanViews.ImportSection;
import vn.tthc.console.api.PlanViews.ImportTask;
import vn.tthc.console.api.PlanViews.ImportWarning;
import vn.tthc.console.api.PlanViews.Preview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An import preview as the rows of one table, every warning beside the row it names: a task's own line, its
 * results' lines and its schedule's warnings. Warnings naming no row of the table (the document's header, a
 * section kept as text) are the preview's general warnings.
 */
public final class PreviewRows {

    /** A section heading (task null) or a task at a depth, with the warnings of its rows. */
    public record Row(Integer line, String label, String title, ImportTask task, int depth, List<String> warnings) {
        public boolean section() {
            return task == null;
        }

        public boolean warned() {
            return !warnings.isEmpty();
        }

        public String scheduleText() {
            return task == null || task.schedule() == null ? "" : task.schedule().text() == null ? "" : task.schedule().text();
        }
    }

    /** The rows and the warnings that name none of them. */
    public record Table(List<Row> rows, List<ImportWarning> general, int warnedRows) {
    }

    private PreviewRows() {
    }

    public static Table of(Preview preview) {
        List<ImportWarning> warnings = preview.warnings() == null ? List.of() : preview.warnings();
        List<Row> rows = new ArrayList<>();
        Set<ImportWarning> placed = new HashSet<>();
        if (preview.sections() != null) {
            for (ImportSection section : preview.sections()) {
                List<String> own = new ArrayList<>();
                for (ImportWarning warning : warnings) {
                    if (warning.row() != null && warning.row().equals(section.row())) {
                        own.add(text(warning));
                        placed.add(warning);
                    }
                }
                rows.add(new Row(section.row(), section.label(), section.title(), null, 0, own));
                add(rows, section.tasks(), 0, warnings, placed);
            }
        }
        // A warning on a line of the table that is no row of its own (a page break's repeated text, a cell cut off)
        // belongs to the row it continues: the nearest row above it. Lines before the table are the plan's own.
        List<ImportWarning> general = new ArrayList<>();
        for (ImportWarning warning : warnings) {
            if (placed.contains(warning)) {
                continue;
            }
            Row above = null;
            if (warning.row() != null) {
                for (Row row : rows) {
                    if (row.line() != null && row.line() <= warning.row() && (above == null || row.line() >= above.line())) {
                        above = row;
                    }
                }
            }
            if (above == null) {
                general.add(warning);
            } else {
                above.warnings().add("Dòng " + warning.row() + ": " + text(warning));
            }
        }
        int warned = (int) rows.stream().filter(Row::warned).count();
        return new Table(rows, general, warned);
    }

    private static void add(List<Row> rows, List<ImportTask> tasks, int depth, List<ImportWarning> warnings,
                            Set<ImportWarning> placed) {
        if (tasks == null) {
            return;
        }
        for (ImportTask task : tasks) {
            Set<Integer> lines = new HashSet<>();
            if (task.row() != null) {
                lines.add(task.row());
            }
            if (task.results() != null) {
                for (ImportResult result : task.results()) {
                    if (result.row() != null) {
                        lines.add(result.row());
                    }
                }
            }
            List<String> own = new ArrayList<>();
            for (ImportWarning warning : warnings) {
                if (warning.row() != null && lines.contains(warning.row()) && !placed.contains(warning)) {
                    own.add(text(warning));
                    placed.add(warning);
                }
            }
            if (task.schedule() != null && task.schedule().warnings() != null) {
                for (JsonNode warning : task.schedule().warnings()) {
                    String message = warning.path("message").asText(warning.isTextual() ? warning.asText() : "");
                    if (!message.isBlank()) {
                        own.add("Thời gian: " + message);
                    }
                }
            }
            if (task.unmatchedLead()) {
                own.add("Đơn vị chủ trì chưa khớp với danh mục đơn vị: «" + task.leadText() + "»");
            }
            rows.add(new Row(task.row(), task.label(), task.content(), task, depth, own));
            add(rows, task.subtasks(), depth + 1, warnings, placed);
        }
    }

    static String text(ImportWarning warning) {
        return warning.cell() == null ? warning.message() : warning.cell() + ": " + warning.message();
    }
}
