package vn.tthc.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan with its appendix: the sections and tasks in appendix order and, where asked for, each task's progress
 * history (by task id; empty when not read).
 */
public record PlanContents(Plan plan, List<PlanSection> sections, List<Task> tasks, Map<UUID, List<ProgressEntry>> progress) {
}
