package vn.tthc.plan.schedule;

/**
 * Something in a time text that could not be read or had to be assumed.
 *
 * @param code    a stable key for the kind of problem, e.g. {@code schedule.unparsed}
 * @param message what happened, in Vietnamese
 */
public record ScheduleWarning(String code, String message) {

    public static final String UNPARSED = "schedule.unparsed";
    public static final String EMPTY = "schedule.empty";
    public static final String INVALID_DATE = "schedule.invalid-date";
    public static final String YEAR_ASSUMED = "schedule.year-assumed";
    public static final String PARTLY_UNPARSED = "schedule.partly-unparsed";
    public static final String MIXED = "schedule.mixed";
}
