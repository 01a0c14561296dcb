package vn.tthc.plan.imports;

import java.util.List;

/**
 * A table's rows put in order: its layout, its sections with their task drafts, and the warnings so far.
 *
 * @param mergesMarked whether the source marks merged cells (a Word table with vertical merges): then an empty
 *                     cell is empty, never a merged cell whose mark the conversion lost
 */
record Assembled(ColumnLayout layout, List<SectionDraft> sections, List<ImportWarning> warnings, boolean mergesMarked) {
}
