package vn.tthc.reporting;

import java.util.EnumMap;
import java.util.Map;

/** The event-fed figures of a unit (and the units under it) over some days. */
public record Figures(long tasksCompleted, long tasksCompletedOnTime, long tasksCompletedLate,
                      long feedbackReceived, long feedbackAnswered, long feedbackAnsweredOnTime,
                      long feedbackAnsweredLate) {

    public static final Figures NONE = of(Map.of());

    public static Figures of(Map<EventFigure, Long> amounts) {
        return new Figures(
                amounts.getOrDefault(EventFigure.TASKS_COMPLETED, 0L),
                amounts.getOrDefault(EventFigure.TASKS_COMPLETED_ON_TIME, 0L),
                amounts.getOrDefault(EventFigure.TASKS_COMPLETED_LATE, 0L),
                amounts.getOrDefault(EventFigure.FEEDBACK_RECEIVED, 0L),
                amounts.getOrDefault(EventFigure.FEEDBACK_ANSWERED, 0L),
                amounts.getOrDefault(EventFigure.FEEDBACK_ANSWERED_ON_TIME, 0L),
                amounts.getOrDefault(EventFigure.FEEDBACK_ANSWERED_LATE, 0L));
    }

    public long get(EventFigure figure) {
        return switch (figure) {
            case TASKS_COMPLETED -> tasksCompleted;
            case TASKS_COMPLETED_ON_TIME -> tasksCompletedOnTime;
            case TASKS_COMPLETED_LATE -> tasksCompletedLate;
            case FEEDBACK_RECEIVED -> feedbackReceived;
            case FEEDBACK_ANSWERED -> feedbackAnswered;
            case FEEDBACK_ANSWERED_ON_TIME -> feedbackAnsweredOnTime;
            case FEEDBACK_ANSWERED_LATE -> feedbackAnsweredLate;
        };
    }

    public Figures plus(Figures other) {
        Map<EventFigure, Long> sum = new EnumMap<>(EventFigure.class);
        for (EventFigure figure : EventFigure.values()) {
            sum.put(figure, get(figure) + other.get(figure));
        }
        return of(sum);
    }
}
