package vn.tthc.reporting;

/** A value filled in from event-fed figures when the draft was started: which figure, whose events, what value. */
public record Prefill(String figure, String source, long value) {

    public static Prefill of(EventFigure figure, long value) {
        return new Prefill(figure.code(), figure.source(), value);
    }
}
