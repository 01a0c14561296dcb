package vn.tthc.reporting;

/**
 * A figure other services' events feed, counted per unit and day. The code is how forms name it when they
 * prefill an indicator from it ({@code "prefill": "feedbackReceived"}).
 */
public enum EventFigure {
    TASKS_COMPLETED("tasksCompleted", "plan-service"),
    TASKS_COMPLETED_ON_TIME("tasksCompletedOnTime", "plan-service"),
    TASKS_COMPLETED_LATE("tasksCompletedLate", "plan-service"),
    FEEDBACK_RECEIVED("feedbackReceived", "feedback-service"),
    FEEDBACK_ANSWERED("feedbackAnswered", "feedback-service"),
    FEEDBACK_ANSWERED_ON_TIME("feedbackAnsweredOnTime", "feedback-service"),
    FEEDBACK_ANSWERED_LATE("feedbackAnsweredLate", "feedback-service");

    private final String code;
    private final String source;

    EventFigure(String code, String source) {
        this.code = code;
        this.source = source;
    }

    public String code() {
        return code;
    }

    /** The service whose events feed the figure. */
    public String source() {
        return source;
    }

    public static java.util.Optional<EventFigure> byCode(String code) {
        for (EventFigure figure : values()) {
            if (figure.code.equals(code)) {
                return java.util.Optional.of(figure);
            }
        }
        return java.util.Optional.empty();
    }
}
