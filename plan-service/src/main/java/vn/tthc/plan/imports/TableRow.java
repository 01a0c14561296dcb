package vn.tthc.plan.imports;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a table as read from a document, before it is understood.
 *
 * @param number           where it is in the source: the line number in a text, the row number (counting the
 *                         rows of all tables) in a Word document; warnings point at it
 * @param cells            the cells' clean text (NFC, no markup; paragraphs and list items on separate lines)
 * @param mergedFromAbove  positions of cells the source marks as merged with the cell above (Word's vertical
 *                         merge); their text is empty
 */
public record TableRow(int number, List<String> cells, Set<Integer> mergedFromAbove) {

    public TableRow {
        cells = cells.stream().map(c -> Objects.requireNonNullElse(c, "")).toList();
        mergedFromAbove = Set.copyOf(mergedFromAbove);
    }

    public TableRow(int number, List<String> cells) {
        this(number, cells, Set.of());
    }

    /** The cell at a position, "" past the row's end. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The non-empty cells joined, to quote the row in a warning. */
    public String quoted() {
        return String.join(" | ", cells.stream().filter(c -> !c.isBlank()).toList()).replace('\n', ' ');
    }
}
