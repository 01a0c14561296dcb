package vn.tthc.plan.imports;

import java.util.List;

/** A table's rows put in order: its layout, its sections with their task drafts, and the warnings so far. */
record Assembled(ColumnLayout layout, List<SectionDraft> sections, List<ImportWarning> warnings) {
}
