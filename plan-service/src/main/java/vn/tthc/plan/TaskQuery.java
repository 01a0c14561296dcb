package vn.tthc.plan;

import java.util.UUID;

/**
 * Filters of the task list: a unit's tasks (as lead or cooperating unit), one plan's, by status, those due
 * within N days or overdue, and words in the content (ignoring case and diacritics).
 */
public record TaskQuery(String unitCode, UUID planId, TaskStatus status, Integer dueWithinDays, Boolean overdue, String text) {
}
