package vn.tthc.reporting;

/**
 * A figure other services' events feed, counted per unit and day. The code is how forms name it when they
 * prefill an indicator from it ({@code "prefill": "feedbackReceived"}).
 */
public enum EventFigure {
    TASKS_COMPLETED("tasksCompleted", "plan-service", "Số nhiệm vụ đã hoàn thành"),
    TASKS_COMPLETED_ON_TIME("tasksCompletedOnTime", "plan-service", "Số nhiệm vụ hoàn thành đúng hạn"),
    TASKS_COMPLETED_LATE("tasksCompletedLate", "plan-service", "Số nhiệm vụ hoàn thành quá hạn"),
    FEEDBACK_RECEIVED("feedbackReceived", "feedback-service", "Số phản ánh, kiến nghị tiếp nhận"),
    FEEDBACK_ANSWERED("feedbackAnswered", "feedback-service", "Số phản ánh, kiến nghị đã trả lời"),
    FEEDBACK_ANSWERED_ON_TIME("feedbackAnsweredOnTime", "feedback-service", "Số phản ánh, kiến nghị trả lời đúng hạn"),
    FEEDBACK_ANSWERED_LATE("feedbackAnsweredLate", "feedback-service", "Số phản ánh, kiến nghị trả lời quá hạn");

    private final String code;
    private final String source;
    private final String vietnameseLabel;

    EventFigure(String code, String source, String vietnameseLabel) {
        this.code = code;
        this.source = source;
        this.vietnameseLabel = vietnameseLabel;
    }

    /** How official reports name the figure. */
    public String vietnameseLabel() {
        return vietnameseLabel;
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
