package vn.tthc.plan.rest;

import vn.tthc.plan.Plan;
import vn.tthc.plan.PlanStatus;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Response bodies of the plan API; entities never leave through the API. */
public final class PlanViews {

    private PlanViews() {
    }

    public record PlanView(UUID id, String number, String title, PlanStatus status, Instant createdAt) {
        static PlanView of(Plan plan) {
            return new PlanView(plan.id(), plan.number(), plan.title(), plan.status(), plan.createdAt());
        }
    }

    public record TaskView(UUID id, UUID planId, String label, String content, String leadUnitCode,
                           LocalDate dueDate, TaskStatus status, LocalDate completedOn, Boolean onTime) {
        static TaskView of(Task task) {
            return new TaskView(task.id(), task.planId(), task.label(), task.content(), task.leadUnitCode(),
                    task.dueDate(), task.status(), task.completedOn(),
                    task.status() == TaskStatus.DONE ? task.isOnTime() : null);
        }
    }
}
