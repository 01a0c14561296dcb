package vn.tthc.plan;

/** The kinds of unit in a province's organisation tree. */
public enum UnitKind {
    /** UBND tỉnh. */
    PROVINCIAL_COMMITTEE,
    /** Văn phòng UBND tỉnh. */
    PROVINCIAL_OFFICE,
    /** Sở, ban, ngành. */
    DEPARTMENT,
    /** UBND cấp huyện. */
    DISTRICT,
    /** Phòng chuyên môn, Văn phòng Sở. */
    DIVISION,
    /** Thanh tra. */
    INSPECTORATE,
    /** Trung tâm. */
    CENTRE,
    /** Bộ phận một cửa, Trung tâm Phục vụ hành chính công. */
    ONE_STOP_DESK,
    /** A body outside the province's tree (a ministry, the Government Office). */
    EXTERNAL_BODY
}
