package vn.tthc.plan.imports;

/** Where the tasks of a plan document were read from. */
public enum TaskSource {
    /** Its appendix table (Phụ lục). */
    APPENDIX_TABLE,
    /** Its body: the numbered items of the content part and the duties in the organisation part. */
    DOCUMENT_BODY,
    /** Nowhere: the document has neither. */
    NONE
}
