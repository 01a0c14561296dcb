package vn.tthc.plan.schedule;

/** What kind of time a task's "Thời gian thực hiện" states. */
public enum ScheduleKind {
    /** "Thường xuyên": all period long; judged by periodic progress, never overdue as a whole. */
    ONGOING,
    /** "Khi có phát sinh", "Đột xuất theo yêu cầu": when a triggering event occurs. */
    ON_DEMAND,
    /** "Trước ngày 15/9/2024", "chậm nhất 10/01/2022": due by a date. */
    DUE_BY_DATE,
    /** "Trong năm 2025", "Quý IV/2022", "Trong quý I, quý II/2024": due by the end of that period. */
    WITHIN_PERIOD,
    /** "Định kỳ hàng tháng (trước ngày 22)", "01 năm 2 lần": one occurrence per month, quarter, half or year. */
    RECURRING,
    /** "Quý I: trước ngày 15/3/2022 · 6 tháng: trước ngày 15/6/2022": several dated milestones. */
    MILESTONES,
    /** "Sau khi UBND tỉnh ban hành …": relative to an outside event. */
    AFTER_EVENT,
    /** Text that could not be read; kept with a warning. */
    UNPARSED
}
