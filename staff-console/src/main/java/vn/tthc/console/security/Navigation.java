package vn.tthc.console.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The menu of the signed-in person: what their roles let them do, in the order of their day's work. The unit
 * (their token's {@code unit}) sets what each screen shows first; the services still decide every access.
 */
public final class Navigation {

    /** One entry of the menu: its label (Vietnamese), path and key (marks the current page). */
    public record MenuItem(String key, String label, String path) {
    }

    private Navigation() {
    }

    public static List<MenuItem> menu(ConsoleUser user) {
        List<MenuItem> items = new ArrayList<>();
        if (!user.signedIn() || !user.staff()) {
            return items;
        }
        items.add(new MenuItem("dashboard", "Tổng quan", "/tong-quan"));
        if (user.officer() && !user.planner()) {
            items.add(new MenuItem("tasks", "Nhiệm vụ của tôi", "/nhiem-vu"));
        } else {
            items.add(new MenuItem("tasks", "Nhiệm vụ", "/nhiem-vu"));
        }
        if (user.seesPlans()) {
            items.add(new MenuItem("plans", "Kế hoạch", "/ke-hoach"));
        }
        if (user.importsPlans()) {
            items.add(new MenuItem("import", "Nhập kế hoạch", "/ke-hoach/nhap"));
        }
        if (user.reports()) {
            items.add(new MenuItem("reports", "Báo cáo phải gửi", "/bao-cao"));
        }
        if (user.receivesReports()) {
            items.add(new MenuItem("receiving", "Tổng hợp báo cáo", "/tong-hop"));
        }
        items.add(new MenuItem("feedback", "Phản ánh, kiến nghị", "/pakn"));
        if (user.entersFeedback()) {
            items.add(new MenuItem("intake", "Tiếp nhận PAKN", "/pakn/moi"));
        }
        if (user.seesPlans()) {
            items.add(new MenuItem("units", "Đơn vị", "/don-vi"));
        }
        return items;
    }
}
