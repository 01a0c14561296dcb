package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.List;

/** A section while rows are read; an implicit one (no label) holds tasks printed before any section row. */
final class SectionDraft {

    final int row;
    final String label;
    String title;
    final List<TaskDraft> tasks = new ArrayList<>();
    /** The label of the section or group a group is numbered under ("2" for "2.1"); null for a top-level section. */
    final String parentLabel;
    /** Whether it continues a section or group after one nested in it (see {@link HeadingRows}). */
    final boolean continued;

    SectionDraft(int row, String label, String title) {
        this(row, label, title, null, false);
    }

    SectionDraft(int row, String label, String title, String parentLabel, boolean continued) {
        this.row = row;
        this.label = label;
        this.title = title;
        this.parentLabel = parentLabel;
        this.continued = continued;
    }
}
