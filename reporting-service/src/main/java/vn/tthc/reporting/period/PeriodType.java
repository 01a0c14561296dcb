package vn.tthc.reporting.period;

/**
 * How often a report is due. Regular types are counted in reporting months from the start of the year:
 * a quarter is three of them, and the six-month, nine-month and annual reports are cumulative (months 1–6,
 * 1–9 and 1–12), as in Decree 09/2019/NĐ-CP, which has no separate second-half report. Ad-hoc (đột xuất)
 * reports have no calendar of their own: each request names its window and deadline.
 */
public enum PeriodType {
    MONTHLY("Tháng", 1, 12),
    QUARTERLY("Quý", 3, 4),
    SIX_MONTHLY("6 tháng", 6, 1),
    NINE_MONTHLY("9 tháng", 9, 1),
    ANNUAL("Năm", 12, 1),
    AD_HOC("Đột xuất", 0, 0);

    private final String vietnameseName;
    private final int monthsPerPeriod;
    private final int periodsPerYear;

    PeriodType(String vietnameseName, int monthsPerPeriod, int periodsPerYear) {
        this.vietnameseName = vietnameseName;
        this.monthsPerPeriod = monthsPerPeriod;
        this.periodsPerYear = periodsPerYear;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Reporting months one period spans; 0 for {@link #AD_HOC}. */
    public int monthsPerPeriod() {
        return monthsPerPeriod;
    }

    /** Periods of this type in one year; 0 for {@link #AD_HOC}. */
    public int periodsPerYear() {
        return periodsPerYear;
    }

    public boolean isRegular() {
        return this != AD_HOC;
    }
}
