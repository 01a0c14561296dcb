package vn.tthc.plan.imports;

import java.util.List;

/**
 * A section of a plan's appendix table ("I", "Công tác chỉ đạo điều hành") and its tasks. Tasks printed before
 * any section row sit in an implicit section with an empty label and title.
 */
public record SectionPreview(int row, String label, String title, List<TaskPreview> tasks) {

    public SectionPreview {
        tasks = List.copyOf(tasks);
    }

    public boolean isImplicit() {
        return label.isEmpty();
    }
}
