package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns numbered group rows into sections. A numbered row with tasks under it and nothing of a task of its own
 * (no result, no unit, no time, no funding: a heading such as "2 | Rà soát, đơn giản hóa TTHC") is a group of
 * the plan, not a task: it opens a section with its number and title, and its tasks follow in it. A group
 * row that has a unit or a time of its own stays a task with its subtasks.
 *
 * <p>Sections are one level, so nested groups ("2" over "2.1" over "2.1.1") become sections in table order;
 * tasks that come after a nested group but belong to the group above it go into a section that carries the
 * above group's number and title again, so the table's order is kept.
 */
final class HeadingRows {

    private final List<SectionDraft> out = new ArrayList<>();
    /** The section or group each section of the output holds the tasks of (itself, or the one it continues). */
    private final Map<SectionDraft, SectionDraft> homeOf = new IdentityHashMap<>();

    private HeadingRows() {
    }

    static List<SectionDraft> apply(List<SectionDraft> sections) {
        HeadingRows headings = new HeadingRows();
        for (SectionDraft section : sections) {
            headings.section(section);
        }
        headings.out.removeIf(s -> s.label.isEmpty() && s.tasks.isEmpty());
        return headings.out;
    }

    private void section(SectionDraft section) {
        SectionDraft home = new SectionDraft(section.row, section.label, section.title);
        out.add(home);
        homeOf.put(home, home);
        SectionDraft current = home;
        for (TaskDraft task : section.tasks) {
            current = place(task, current, home);
        }
    }

    /** Places a task or the group it is, and returns the section the next sibling goes into. */
    private SectionDraft place(TaskDraft task, SectionDraft current, SectionDraft home) {
        if (!isHeading(task)) {
            if (homeOf.get(current) != home) {
                current = reopen(home);
            }
            current.tasks.add(task);
            return current;
        }
        SectionDraft group = new SectionDraft(task.row, task.label, task.content, home.label.isEmpty() ? null : home.label, false);
        out.add(group);
        homeOf.put(group, group);
        SectionDraft inGroup = group;
        for (TaskDraft child : task.subtasks) {
            inGroup = place(child, inGroup, group);
        }
        return inGroup;
    }

    private SectionDraft reopen(SectionDraft home) {
        SectionDraft again = new SectionDraft(home.row, home.label, home.title, home.parentLabel, true);
        out.add(again);
        homeOf.put(again, home);
        return again;
    }

    static boolean isHeading(TaskDraft task) {
        return !task.subtasks.isEmpty() && isBare(task);
    }

    /** A row with nothing but its number and content: no result, unit, time or funding, none shared from above. */
    static boolean isBare(TaskDraft task) {
        if (task.results.size() > 1 || !task.mergedFromAbove.isEmpty() || !task.spilled.isEmpty()) {
            return false;
        }
        ResultDraft own = task.first();
        return own.text.isBlank() && own.cells.values().stream().allMatch(String::isBlank);
    }
}
