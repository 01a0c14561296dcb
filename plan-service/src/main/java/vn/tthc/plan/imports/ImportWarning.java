package vn.tthc.plan.imports;

/**
 * Something in a row that could not be read, or was read by assumption. Nothing in a table is dropped
 * without one.
 *
 * @param row     the row's number in the source (see {@link TableRow#number()})
 * @param code    a stable key for the kind of problem
 * @param message what happened, in Vietnamese
 */
public record ImportWarning(int row, String code, String message) {

    /** A line that is not part of the table (a separator, a stray line between rows). */
    public static final String ROW_IGNORED = "row.ignored";
    /** A row that continues nothing (before the first task). */
    public static final String ROW_ORPHAN = "row.orphan";
    /** A number cell that is neither a section, a task number nor a letter. */
    public static final String LABEL_UNKNOWN = "row.label-unknown";
    /** A number cell that also holds the section title or task content. */
    public static final String LABEL_WITH_TEXT = "row.label-with-text";
    /** A fragment that only repeats the end of the text above (dropped). */
    public static final String REPEATED_TEXT = "row.repeated-text";
    /** Text in a column the header does not name (not imported). */
    public static final String UNMAPPED_CELL = "cell.unmapped-column";
    /** A section row with unit, result or time cells (not imported). */
    public static final String SECTION_DATA = "section.data-ignored";
    /** A task label repeated in the same section. */
    public static final String LABEL_REPEATED = "task.label-repeated";
    /** A dotted label whose parent task is not in the table ("2.1" without "2"). */
    public static final String PARENT_MISSING = "task.parent-missing";
    /** A cell that finishes the text of the task above (a cell merged across tasks). */
    public static final String CELL_SPILLED = "cell.spilled";
    /** An empty unit, time or funding cell, taken from the task above. */
    public static final String CELL_INHERITED = "cell.inherited";
    /** A task without a lead unit. */
    public static final String NO_LEAD = "task.no-lead";
    /** A row with its own units or time but no result text. */
    public static final String RESULT_MISSING = "result.missing";
    /** A due date outside the period the plan covers. */
    public static final String OUTSIDE_PERIOD = "schedule.outside-period";
}
