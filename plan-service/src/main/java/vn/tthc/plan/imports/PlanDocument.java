package vn.tthc.plan.imports;

import java.util.List;

/**
 * A plan document as read from its source, before it is understood: its prose lines in order (front matter,
 * body, closing, the appendix's heading and caption) and, when it has one, its appendix table.
 *
 * @param table null when the document holds no table
 */
record PlanDocument(List<DocumentLine> lines, AppendixTable table) {

    PlanDocument {
        lines = List.copyOf(lines);
    }

    /** The appendix table, read by an importer that knows the plan's period. */
    @FunctionalInterface
    interface AppendixTable {
        /** @throws NotAPlanTableException when the table is not a readable plan table */
        PlanTablePreview read(PlanTableImporter importer);
    }

    boolean hasTable() {
        return table != null;
    }
}
