package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.List;

/** A section while rows are read; an implicit one (no label) holds tasks printed before any section row. */
final class SectionDraft {

    final int row;
    final String label;
    String title;
    final List<TaskDraft> tasks = new ArrayList<>();

    SectionDraft(int row, String label, String title) {
        this.row = row;
        this.label = label;
        this.title = title;
    }
}
