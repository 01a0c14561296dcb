package vn.tthc.reporting.period;

/**
 * Who sends a report to whom; deadlines differ by level, the lower level reporting first so the one above
 * can consolidate.
 */
public enum ReportingLevel {
    /** A division, inspectorate or centre reporting to its department office (Văn phòng Sở). */
    DIVISION("Phòng, đơn vị thuộc Sở báo cáo Văn phòng Sở"),
    /** A department, sector or district people's committee reporting to the provincial office. */
    DEPARTMENT("Sở, ngành, UBND cấp huyện báo cáo Văn phòng UBND tỉnh"),
    /** The provincial people's committee reporting to the Government Office (or a ministry). */
    PROVINCE("UBND tỉnh báo cáo Văn phòng Chính phủ, Bộ");

    private final String vietnameseDescription;

    ReportingLevel(String vietnameseDescription) {
        this.vietnameseDescription = vietnameseDescription;
    }

    public String vietnameseDescription() {
        return vietnameseDescription;
    }
}
