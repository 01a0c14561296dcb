package vn.tthc.console.view;

import vn.tthc.console.api.ReportingViews.Figures;

import java.util.List;

/** The numbers of a unit's dashboard and its charts (-1: not available to the person). */
public record Dashboard(int year, long overdueTasks, long dueSoonTasks, long openTasks, Figures figures, int reportsDue,
                        int reportsMissing, int reportsLate) {

    public boolean hasFigures() {
        return figures != null;
    }

    /** Share of feedback answered on time, in percent, or -1 when none was answered. */
    public int feedbackOnTimePercent() {
        if (figures == null || figures.feedbackAnswered() == 0) {
            return -1;
        }
        return (int) Math.round(100.0 * figures.feedbackAnsweredOnTime() / figures.feedbackAnswered());
    }

    public String tasksChart() {
        if (figures == null && overdueTasks < 0) {
            return "";
        }
        return new BarChart("chart-tasks", "Nhiệm vụ năm " + year + ": hoàn thành đúng hạn, trễ hạn, đang quá hạn")
                .categories(List.of("Nhiệm vụ"))
                .series("Hoàn thành đúng hạn", Charts.ON_TIME, List.of(figures == null ? 0 : figures.tasksCompletedOnTime()))
                .series("Hoàn thành trễ", Charts.LATE, List.of(figures == null ? 0 : figures.tasksCompletedLate()))
                .series("Đang quá hạn", Charts.MISSING, List.of(Math.max(0, overdueTasks))).svg();
    }

    public String feedbackChart() {
        if (figures == null) {
            return "";
        }
        long open = Math.max(0, figures.feedbackReceived() - figures.feedbackAnswered());
        return new BarChart("chart-feedback", "Phản ánh, kiến nghị năm " + year + ": trả lời đúng hạn, trễ hạn, chưa trả lời")
                .categories(List.of("Phản ánh, kiến nghị"))
                .series("Trả lời đúng hạn", Charts.ON_TIME, List.of(figures.feedbackAnsweredOnTime()))
                .series("Trả lời trễ", Charts.LATE, List.of(figures.feedbackAnsweredLate()))
                .series("Chưa trả lời", Charts.NEUTRAL, List.of(open)).svg();
    }

    public String reportsChart() {
        if (reportsDue == 0) {
            return "";
        }
        long onTime = Math.max(0, reportsDue - reportsMissing - reportsLate);
        return new BarChart("chart-reports", "Báo cáo đã đến hạn năm " + year + ": đúng hạn, trễ, còn thiếu")
                .categories(List.of("Báo cáo"))
                .series("Gửi đúng hạn", Charts.ON_TIME, List.of(onTime))
                .series("Gửi trễ", Charts.LATE, List.of((long) reportsLate))
                .series("Còn thiếu", Charts.MISSING, List.of((long) reportsMissing)).svg();
    }
}
