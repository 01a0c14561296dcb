package vn.tthc.plan.schedule;

/** How long after an outside event a task is due, e.g. "01 tháng" or "05 ngày làm việc". */
public record Delay(int amount, Unit unit) {

    public enum Unit {
        DAYS, WORKING_DAYS, WEEKS, MONTHS, YEARS
    }
}
