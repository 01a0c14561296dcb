package vn.tthc.console.view;

import vn.tthc.console.api.PlanViews.Task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tasks grouped by their plan, soonest due first. */
public final class TaskGroups {

    /** Soonest effective due date first; tasks without one last. */
    public static final Comparator<Task> BY_DUE_DATE = Comparator.comparing(
            (Task t) -> t.effectiveDueDate() != null ? t.effectiveDueDate() : nextDue(t), Comparator.nullsLast(Comparator.naturalOrder()));

    /** One plan's tasks; the title is null when the person may not read the plan. */
    public record Group(UUID planId, String title, List<Task> tasks) {
        public String heading() {
            return title != null ? title : "Kế hoạch " + (planId == null ? "" : planId.toString().substring(0, 8));
        }
    }

    private TaskGroups() {
    }

    public static List<Group> byPlan(List<Task> tasks, Map<UUID, String> titles) {
        Map<UUID, List<Task>> grouped = new LinkedHashMap<>();
        for (Task task : tasks) {
            grouped.computeIfAbsent(task.planId(), k -> new ArrayList<>()).add(task);
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((planId, list) -> {
            list.sort(BY_DUE_DATE);
            groups.add(new Group(planId, titles.get(planId), list));
        });
        return groups;
    }

    private static LocalDate nextDue(Task task) {
        return task.nextOpen() == null ? null : task.nextOpen().effectiveDueDate();
    }
}
