package vn.tthc.plan.imports;

/** The input holds no plan appendix table that can be read (answered with 400 and the reason's key). */
public class NotAPlanTableException extends RuntimeException {

    /** Why the input was refused. */
    public enum Reason {
        /** Nothing but white space. */
        EMPTY("plan-table.empty"),
        /** Not text: not UTF-8, or control characters throughout. */
        BINARY("plan-table.binary"),
        /** Not a Word (.docx) document. */
        NOT_A_DOCX("plan-table.not-docx"),
        /** No table at all: no tab-separated rows, or a document without tables. */
        NO_TABLE("plan-table.no-table"),
        /** Tables, but none with a header row naming the task content and number columns. */
        NO_HEADER("plan-table.no-header"),
        /** A header row and nothing under it. */
        NO_ROWS("plan-table.no-rows");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** A stable key, used to look up the message shown to the client. */
        public String key() {
            return key;
        }
    }

    private final Reason reason;

    public NotAPlanTableException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public NotAPlanTableException(Reason reason, String detail, Throwable cause) {
        super(reason.key() + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
