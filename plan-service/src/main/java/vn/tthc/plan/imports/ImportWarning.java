package vn.tthc.plan.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something in a row that could not be read, or was read by assumption. Nothing in a table is dropped
 * without one. Each names its row (or line) and, where it is about one cell, that cell's column. The same record reports on the prose of a whole plan document ({@link PlanDocumentReader}),
 * with codes starting {@code document.}, {@code body.} and {@code target.}.
 *
 * @param row     the row's number in the source (see {@link TableRow#number()}); for the prose of a document,
 *                its line (see {@link PlanDocumentReader} for how lines are counted)
 * @param code    a stable key for the kind of problem
 * @param message what happened, in Vietnamese
 * @param cell    the column of the cell it is about, as the table's header prints it ("Đơn vị chủ trì", "Thời gian
 *                thực hiện", "cột 7" for a cell under no header); null when it is about the whole row or line
 */
public record ImportWarning(int row, String code, String message,
                            @Schema(description = "The column of the cell the warning is about, as the table's header prints"
                                    + " it; null for a warning about a whole row or line", example = "Đơn vị chủ trì")
                            String cell) {

    /** A warning about a whole row or line. */
    public ImportWarning(int row, String code, String message) {
        this(row, code, message, null);
    }

    /** A line that is not part of the table (a separator, a stray line between rows). */
    public static final String ROW_IGNORED = "row.ignored";
    /** A row with a cell too many or too few, whose cells were put under the columns their text belongs to. */
    public static final String CELLS_ALIGNED = "row.cells-aligned";
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

    // The prose of a whole plan document (PlanDocumentReader).

    /** A line of the document that was not understood; it is kept nowhere else. */
    public static final String LINE_UNREAD = "document.line-unread";
    /** A fragment left by the conversion (a stray italic word), removed. */
    public static final String STRAY_TEXT = "document.stray-text";
    /** No "KẾ HOẠCH" heading, or nothing after it: the plan has no title. */
    public static final String TITLE_MISSING = "document.title-missing";
    /** A "Số:" line whose number is left blank (a draft not yet signed). */
    public static final String NUMBER_BLANK = "document.number-blank";
    /** No "Số:" line and no number elsewhere. */
    public static final String NUMBER_MISSING = "document.number-missing";
    /** The number in the header and the one in the appendix caption differ. */
    public static final String NUMBER_MISMATCH = "document.number-mismatch";
    /** A place-and-date line whose day, month or year is left blank. */
    public static final String DATE_INCOMPLETE = "document.date-incomplete";
    /** No place-and-date line. */
    public static final String PLACE_DATE_MISSING = "document.place-date-missing";
    /** The date in the header and the one in the appendix caption differ. */
    public static final String DATE_MISMATCH = "document.date-mismatch";
    /** A number or date missing from the header, taken from the appendix caption ("Kèm theo Kế hoạch số …"). */
    public static final String FROM_APPENDIX_CAPTION = "document.from-appendix-caption";
    /** The period is not named in the title; taken from elsewhere. */
    public static final String PERIOD_ASSUMED = "document.period-assumed";
    /** No period anywhere: the appendix cannot be read and body tasks get no schedule. */
    public static final String PERIOD_MISSING = "document.period-missing";
    /** "Mục đích, yêu cầu" without sub-headings: all of it taken as purposes. */
    public static final String PURPOSES_UNSPLIT = "document.purposes-unsplit";
    /** A body section kept as text only: not read into tasks, targets or other fields. */
    public static final String SECTION_KEPT = "document.section-kept-as-text";
    /** The text refers to an appendix the document does not hold. */
    public static final String APPENDIX_MISSING = "document.appendix-missing";
    /** The document holds a table that is not a readable plan table; tasks are read from the body. */
    public static final String APPENDIX_UNREADABLE = "document.appendix-unreadable";
    /** Neither an appendix table nor task sections in the body. */
    public static final String NO_TASKS = "document.no-tasks";
    /** No signer found at the end of the document. */
    public static final String SIGNER_MISSING = "document.signer-missing";
    /** No "Nơi nhận:" list. */
    public static final String RECIPIENTS_MISSING = "document.recipients-missing";
    /** A line of a task section of the body that is not read as a task (kept in the section's text). */
    public static final String BODY_LINE_NOT_TASK = "body.line-not-task";
    /** A target printed without a comparison word ("85%"): taken as "at least". */
    public static final String COMPARISON_ASSUMED = "target.comparison-assumed";
}
