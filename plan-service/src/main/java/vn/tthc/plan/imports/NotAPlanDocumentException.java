package vn.tthc.plan.imports;

/** The input is not a plan document that can be read (answered with 400 and the reason's key). */
public class NotAPlanDocumentException extends RuntimeException {

    /** Why the input was refused. */
    public enum Reason {
        /** Nothing but white space. */
        EMPTY("plan-document.empty"),
        /** Not text: not UTF-8, or control characters throughout. */
        BINARY("plan-document.binary"),
        /** Not a Word (.docx) document. */
        NOT_A_DOCX("plan-document.not-docx"),
        /** Text, but nothing of a plan: no "KẾ HOẠCH" heading, legal basis, numbered section or task table. */
        NOT_A_PLAN("plan-document.not-a-plan");

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

    public NotAPlanDocumentException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public NotAPlanDocumentException(Reason reason, String detail, Throwable cause) {
        super(reason.key() + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
