package vn.tthc.plan.imports;

import java.util.List;

/**
 * A section of a plan's appendix table ("I", "Công tác chỉ đạo điều hành") and its tasks. Tasks printed before
 * any section row sit in an implicit section with an empty label and title. A numbered heading row is a section
 * too (see {@link HeadingRows}): one nested in another names it as its parent ("2" for "2.1"), and the tasks of a
 * section that follow a nested one sit in a section that continues it.
 *
 * @param parentLabel the label of the section it is nested in; null for a top-level section
 * @param continued   whether it continues the section of the same label above it
 */
public record SectionPreview(int row, String label, String title, List<TaskPreview> tasks, String parentLabel,
                             boolean continued) {

    public SectionPreview {
        tasks = List.copyOf(tasks);
    }

    public SectionPreview(int row, String label, String title, List<TaskPreview> tasks) {
        this(row, label, title, tasks, null, false);
    }

    /** A section of its own at the top of the table: not implicit, nested or a continuation. */
    public boolean isTopLevel() {
        return !isImplicit() && parentLabel == null && !continued;
    }

    public boolean isImplicit() {
        return label.isEmpty();
    }
}
