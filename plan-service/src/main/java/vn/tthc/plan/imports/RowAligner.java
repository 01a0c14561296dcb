package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts the cells of a row that has one or two cells more or fewer than the header under the right columns. The
 * row as printed is kept unless another placement reads clearly better by the kind of each cell's text (a
 * number under STT, a unit's name under the unit columns, a time text under the time column, a funding source
 * under Kinh phí): an empty cell too many is dropped, or an empty cell is put where one is missing.
 */
final class RowAligner {

    private static final int MAX_DIFFERENCE = 2;

    private final ColumnLayout layout;
    private final int width;

    RowAligner(ColumnLayout layout, int width) {
        this.layout = layout;
        this.width = width;
    }

    /** The row realigned, when its cell count differs from the header's and another placement reads better. */
    Optional<TableRow> align(TableRow row) {
        int size = row.cells().size();
        if (size == width || size < 2 || Math.abs(size - width) > MAX_DIFFERENCE) {
            return Optional.empty();
        }
        List<List<String>> candidates = new ArrayList<>();
        if (size > width) {
            withoutBlanks(row.cells(), size - width, 0, candidates);
        } else {
            withBlanks(row.cells(), width - size, 0, candidates);
        }
        int asPrinted = score(row.cells());
        List<String> best = null;
        int bestScore = asPrinted;
        for (List<String> candidate : candidates) {
            int score = score(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new TableRow(row.number(), best));
    }

    /** How well the cells fit the columns they fall under: a point per cell of the expected kind, less for the wrong one. */
    int score(List<String> cells) {
        int score = 0;
        for (Column column : layout.columns()) {
            String text = layout.cell(new TableRow(0, cells), column);
            score += text.isBlank() ? emptyCost(column) : fit(column, text);
        }
        return score;
    }

    /** An empty cell where every task has text (number, content, lead, time) reads worse than an empty optional one. */
    private static int emptyCost(Column column) {
        return column == Column.NUMBER || column == Column.CONTENT || column == Column.LEAD || column == Column.ASSIGNMENT
                || column == Column.TIME ? -1 : 0;
    }

    private static int fit(Column column, String text) {
        boolean unit = CellKinds.isUnitName(text);
        boolean time = CellKinds.isTimeText(text);
        boolean funding = CellKinds.isFundingText(text);
        switch (column) {
            case NUMBER:
                return CellKinds.isNumberLabel(text) ? 2 : -2;
            case LEAD:
            case COOPERATING:
            case ASSIGNMENT:
                return unit ? 2 : time || funding ? -2 : -1;
            case TIME:
                return time ? 2 : unit || funding ? -2 : 0;
            case FUNDING:
                return funding ? 2 : unit || time ? -2 : 0;
            case CONTENT:
            case RESULT:
                return CellKinds.isNumberLabel(text) || time || funding ? -1 : 0;
            default:
                return 0;
        }
    }

    private static void withoutBlanks(List<String> cells, int remove, int from, List<List<String>> out) {
        if (remove == 0) {
            out.add(cells);
            return;
        }
        for (int i = from; i < cells.size(); i++) {
            if (cells.get(i).isBlank()) {
                List<String> fewer = new ArrayList<>(cells);
                fewer.remove(i);
                withoutBlanks(fewer, remove - 1, i, out);
            }
        }
    }

    private static void withBlanks(List<String> cells, int add, int from, List<List<String>> out) {
        if (add == 0) {
            out.add(cells);
            return;
        }
        for (int i = from; i <= cells.size(); i++) {
            List<String> more = new ArrayList<>(cells);
            more.add(i, "");
            withBlanks(more, add - 1, i + 1, out);
        }
    }
}
