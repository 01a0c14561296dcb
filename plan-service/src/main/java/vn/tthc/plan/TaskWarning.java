package vn.tthc.plan;

/** Something about a task that was kept but needs a look: an unknown unit, an unreadable time, a date outside the plan. */
public record TaskWarning(String code, String message) {

    public static final String UNKNOWN_UNIT = "task.unknown-unit";
    public static final String OUTSIDE_PERIOD = "task.deadline-outside-period";
    public static final String NO_PERIOD = "task.no-plan-period";
}
