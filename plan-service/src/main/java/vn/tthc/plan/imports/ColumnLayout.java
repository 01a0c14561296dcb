package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which cell of a row holds what, as the table's header row says. A header is recognised by its text, not by
 * position: it needs a number column and a content column, and at least one more (result, units, time,
 * funding). A second header row that splits a column ("Đơn vị thực hiện" over "Chủ trì" and "Phối hợp")
 * refines the first.
 */
public record ColumnLayout(Map<Column, Integer> positions, Map<Column, String> headers) {

    private static final Set<Column> REQUIRED = Set.of(Column.NUMBER, Column.CONTENT);
    private static final int MAX_SUBHEADER_LENGTH = 30;
    /** A cell of the row under the header that numbers the columns: "(1)", "2", "(7)". */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?(\\d{1,2})\\)?$");
    private static final int MIN_COLUMN_NUMBERS = 3;

    public ColumnLayout {
        positions = Map.copyOf(positions);
        headers = Map.copyOf(headers);
    }

    /** The layout a row announces when it is a header row. */
    public static Optional<ColumnLayout> recognize(TableRow row) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        Map<Column, String> headers = new EnumMap<>(Column.class);
        int unrecognised = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cell(i);
            if (text.isBlank()) {
                continue;
            }
            Optional<Column> column = Column.ofHeader(text);
            if (column.isPresent() && !positions.containsKey(column.get())) {
                positions.put(column.get(), i);
                headers.put(column.get(), text.replace('\n', ' '));
            } else {
                unrecognised++;
            }
        }
        boolean header = positions.keySet().containsAll(REQUIRED) && positions.size() > REQUIRED.size()
                && unrecognised <= 1;
        return header ? Optional.of(new ColumnLayout(positions, headers)) : Optional.empty();
    }

    /**
     * The layout refined by a second header row, when the row is one: its cells, under the first row's
     * columns, name only lead and cooperating columns.
     */
    public Optional<ColumnLayout> refinedBy(TableRow row) {
        Map<Column, Integer> refined = new EnumMap<>(Column.class);
        Map<Column, String> names = new EnumMap<>(Column.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cell(i);
            if (text.isBlank()) {
                continue;
            }
            Optional<Column> column = text.length() > MAX_SUBHEADER_LENGTH ? Optional.empty() : Column.ofHeader(text);
            if (column.isEmpty() || !(column.get() == Column.LEAD || column.get() == Column.COOPERATING)) {
                return Optional.empty();
            }
            refined.put(column.get(), i);
            names.put(column.get(), text);
        }
        if (refined.isEmpty()) {
            return Optional.empty();
        }
        Map<Column, Integer> positions = new EnumMap<>(this.positions);
        Map<Column, String> headers = new EnumMap<>(this.headers);
        positions.remove(Column.ASSIGNMENT);
        headers.remove(Column.ASSIGNMENT);
        positions.putAll(refined);
        headers.putAll(names);
        return Optional.of(new ColumnLayout(positions, headers));
    }

    /** The row under the header that numbers the columns, "(1) (2) … (7)": numbers only, rising by one. */
    static boolean numbersTheColumns(TableRow row) {
        List<Integer> numbers = new ArrayList<>();
        for (String cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            Matcher m = COLUMN_NUMBER.matcher(cell.strip());
            if (!m.matches()) {
                return false;
            }
            numbers.add(Integer.parseInt(m.group(1)));
        }
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) != numbers.get(i - 1) + 1) {
                return false;
            }
        }
        return numbers.size() >= MIN_COLUMN_NUMBERS;
    }

    /** The inheritable columns (units, time, funding) this table has. */
    List<Column> inheritableColumns() {
        return columns().stream().filter(Column::isInheritable).toList();
    }

    public boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The text of a column in a row; "" when the table has no such column. */
    public String cell(TableRow row, Column column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }

    /** Whether the source marks the row's cell of that column as merged with the cell above. */
    public boolean mergedFromAbove(TableRow row, Column column) {
        Integer position = positions.get(column);
        return position != null && row.mergedFromAbove().contains(position);
    }

    /** The header as printed, for warnings. */
    public String header(Column column) {
        return headers.getOrDefault(column, column.name());
    }

    /** The header as printed, for a warning about a cell of that column; null when the table has no such column. */
    public String headerIfPresent(Column column) {
        return has(column) ? header(column) : null;
    }

    /** The columns in their order in the table. */
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>(positions.keySet());
        columns.sort((a, b) -> Integer.compare(positions.get(a), positions.get(b)));
        return columns;
    }

    /** Positions of non-empty cells that no recognised column covers. */
    public List<Integer> unmappedFilledCells(TableRow row) {
        List<Integer> unmapped = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank() && !positions.containsValue(i)) {
                unmapped.add(i);
            }
        }
        return unmapped;
    }
}
