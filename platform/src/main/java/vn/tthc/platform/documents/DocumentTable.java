package vn.tthc.platform.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as both .docx and .xlsx print it: columns with a share of the width chosen for their content (a number
 * narrow, a content column wide), an optional group heading over consecutive columns (printed as a second header
 * row, e.g. "Số hồ sơ đã giải quyết" over "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn"), and rows of cells: text,
 * or numbers ({@link Long}, {@link Integer}, {@link BigDecimal}) that a workbook stores as numbers.
 *
 * @param caption   what the table is, printed above it (may be null)
 * @param sheetName the workbook sheet's name, as a person reads it (at most 31 characters once made unique)
 */
public record DocumentTable(String caption, String sheetName, List<Column> columns, List<Row> rows) {

    public DocumentTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
        for (Row row : rows) {
            if (row.cells().size() > columns.size()) {
                throw new IllegalArgumentException("a row has " + row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /**
     * One column: its heading, the group it belongs to (null for none), its share of the table's width (relative
     * to the other columns') and whether it holds numbers (centred in documents, right-aligned in workbooks).
     */
    public record Column(String group, String heading, int weight, boolean numeric) {
        public Column {
            Objects.requireNonNull(heading);
            if (weight <= 0) {
                throw new IllegalArgumentException("a column's weight is positive");
            }
        }

        public static Column text(String heading, int weight) {
            return new Column(null, heading, weight, false);
        }

        public static Column number(String heading, int weight) {
            return new Column(null, heading, weight, true);
        }

        public Column in(String groupHeading) {
            return new Column(groupHeading, heading, weight, numeric);
        }
    }

    /** How a row is printed. */
    public enum RowKind {
        /** Cells as they are. */
        PLAIN,
        /** A heading inside the table (a plan's section): bold, its second cell spanning the rest of the row. */
        SECTION,
        /** A total: bold. */
        TOTAL
    }

    /** A row's cells, in column order; fewer cells than columns leaves the rest empty. */
    public record Row(RowKind kind, List<Object> cells) {
        public Row {
            Objects.requireNonNull(kind);
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }

        public static Row of(Object... cells) {
            return new Row(RowKind.PLAIN, java.util.Arrays.asList(cells));
        }

        public static Row section(String label, String title) {
            return new Row(RowKind.SECTION, List.of(label == null ? "" : label, title == null ? "" : title));
        }

        public static Row total(Object... cells) {
            return new Row(RowKind.TOTAL, java.util.Arrays.asList(cells));
        }
    }

    /** Whether any column has a group heading: then the header takes two rows. */
    public boolean grouped() {
        return columns.stream().anyMatch(column -> column.group() != null);
    }

    /** How many rows the header takes: one, or two with group headings. */
    public int headerRows() {
        return grouped() ? 2 : 1;
    }

    public int totalWeight() {
        return columns.stream().mapToInt(Column::weight).sum();
    }

    /** A whole number as a {@link Long}; other numbers as they are; null for what is not a number. */
    static Number number(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                return stripped.longValueExact();
            }
            return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            return number(BigDecimal.valueOf(((Number) value).doubleValue()));
        }
        return null;
    }

    /** A cell as printed in a document: a number with a decimal comma, nothing for null. */
    static String text(Object value) {
        Number number = number(value);
        if (number instanceof Long whole) {
            return whole.toString();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return value == null ? "" : value.toString();
    }
}
