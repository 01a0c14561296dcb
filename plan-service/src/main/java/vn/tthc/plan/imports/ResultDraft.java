package vn.tthc.plan.imports;

import java.util.EnumMap;
import java.util.Map;

/** A result of a task while rows are read: its text, and the unit, time and funding cells of its own row. */
final class ResultDraft {

    final int row;
    String text;
    final Map<Column, String> cells = new EnumMap<>(Column.class);

    ResultDraft(int row, String text) {
        this.row = row;
        this.text = text;
    }

    String cell(Column column) {
        return cells.getOrDefault(column, "");
    }
}
