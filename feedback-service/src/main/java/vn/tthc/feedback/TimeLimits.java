package vn.tthc.feedback;

/**
 * The time limits of the workflow's steps, in working days (configured under {@code tthc.deadlines}).
 *
 * @param transfer receipt to classification; a transfer to the competent agency is due within it (5)
 * @param handling assignment to the division's report back (draft answer) (5)
 * @param handlingOnline the same for items sent through a portal (3)
 * @param complex the handling time of a complex case; an extension without a number of days gives the
 *                step {@code complex - handling} more days (10)
 * @param answer the division's deadline to the answer being sent: approval and sending (2)
 * @param publication sending to publication (5)
 */
public record TimeLimits(int transfer, int handling, int handlingOnline, int complex, int answer, int publication) {

    public static final TimeLimits DEFAULT = new TimeLimits(5, 5, 3, 10, 2, 5);

    public TimeLimits {
        if (transfer < 1 || handling < 1 || handlingOnline < 1 || answer < 0 || publication < 1 || complex < handling) {
            throw new IllegalArgumentException("time limits must be positive and complex ≥ handling: " + this);
        }
    }

    public int handling(Channel channel) {
        return channel.online() ? handlingOnline : handling;
    }

    /** Working days an extension adds when none are given: a step of normal length becomes a complex case's. */
    public int defaultExtension() {
        return Math.max(1, complex - handling);
    }
}
