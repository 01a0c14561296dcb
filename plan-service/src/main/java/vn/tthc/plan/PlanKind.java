package vn.tthc.plan;

public enum PlanKind {
    /** Kế hoạch kiểm soát thủ tục hành chính. */
    TTHC_CONTROL,
    /** Kế hoạch rà soát, đánh giá thủ tục hành chính nội bộ. */
    INTERNAL_PROCEDURE_REVIEW,
    /** Kế hoạch cải cách hành chính (CCHC). */
    ADMINISTRATIVE_REFORM,
    OTHER
}
