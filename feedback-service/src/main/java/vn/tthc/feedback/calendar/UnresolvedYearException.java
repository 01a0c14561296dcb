package vn.tthc.feedback.calendar;

/** Working days were counted into a year whose calendar is not known: a deadline there cannot be computed. */
public class UnresolvedYearException extends RuntimeException {

    private final int year;

    public UnresolvedYearException(int year) {
        super("the working-day calendar of " + year + " is not known");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
