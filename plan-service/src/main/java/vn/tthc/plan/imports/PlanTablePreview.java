package vn.tthc.plan.imports;

import java.util.List;
import java.util.Optional;

/**
 * What an appendix table would import as: its sections and tasks, and everything that could not be read or
 * was read by assumption.
 *
 * @param columns  the recognised columns in their order in the table
 * @param warnings by row
 */
public record PlanTablePreview(List<Column> columns, List<SectionPreview> sections, List<ImportWarning> warnings) {

    public PlanTablePreview {
        columns = List.copyOf(columns);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /** All tasks and subtasks in table order. */
    public List<TaskPreview> allTasks() {
        return sections.stream().flatMap(s -> s.tasks().stream()).flatMap(TaskPreview::withSubtasks).toList();
    }

    public int taskCount() {
        return allTasks().size();
    }

    /** The section with that label ("" for the implicit one). */
    public Optional<SectionPreview> section(String label) {
        return sections.stream().filter(s -> s.label().equals(label)).findFirst();
    }

    /** A task by its section's label and its own label ("VIII", "2"); nested labels ("2.1") are searched too. */
    public Optional<TaskPreview> task(String sectionLabel, String taskLabel) {
        return section(sectionLabel).stream()
                .flatMap(s -> s.tasks().stream())
                .flatMap(TaskPreview::withSubtasks)
                .filter(t -> t.label().equals(taskLabel))
                .findFirst();
    }

    public List<ImportWarning> warningsAt(int row) {
        return warnings.stream().filter(w -> w.row() == row).toList();
    }
}
