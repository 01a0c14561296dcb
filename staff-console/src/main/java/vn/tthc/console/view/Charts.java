package vn.tthc.console.view;

import vn.tthc.console.api.ReportingViews.Completeness;
import vn.tthc.console.web.ReceivingResource;

import java.util.ArrayList;
import java.util.List;

/** The console's charts, each an SVG string for the template (rendered raw). */
public final class Charts {

    public static final String ON_TIME = "#1d6b2f";
    public static final String LATE = "#8a5300";
    public static final String MISSING = "#a4161a";
    public static final String NEUTRAL = "#0b4f9c";

    private Charts() {
    }

    /** Per period: reports on time, late and missing. */
    public static String completeness(List<ReceivingResource.PeriodRow> rows) {
        List<String> names = new ArrayList<>();
        List<Long> onTime = new ArrayList<>();
        List<Long> late = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (ReceivingResource.PeriodRow row : rows) {
            if (row.completeness() == null) {
                continue;
            }
            names.add(row.period().label());
            onTime.add((long) row.completeness().onTime());
            late.add((long) row.completeness().late());
            missing.add((long) row.completeness().missing());
        }
        if (names.isEmpty()) {
            return "";
        }
        return new BarChart("chart-completeness", "Báo cáo đúng hạn, trễ hạn và còn thiếu theo kỳ").categories(names)
                .series("Đúng hạn", ON_TIME, onTime).series("Trễ hạn", LATE, late).series("Còn thiếu", MISSING, missing).svg();
    }

    /** One period: on time, late, missing. */
    public static String timeliness(Completeness completeness) {
        return new BarChart("chart-timeliness", "Tình hình gửi báo cáo kỳ " + completeness.periodLabel())
                .categories(List.of(completeness.periodLabel()))
                .series("Đúng hạn", ON_TIME, List.of((long) completeness.onTime()))
                .series("Trễ hạn", LATE, List.of((long) completeness.late()))
                .series("Còn thiếu", MISSING, List.of((long) completeness.missing())).svg();
    }
}
