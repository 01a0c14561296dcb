package vn.tthc.plan.rest;

import vn.tthc.plan.ExpectedResultItem;
import vn.tthc.plan.LegalBasis;
import vn.tthc.plan.Plan;
import vn.tthc.plan.PlanAmendment;
import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanKind;
import vn.tthc.plan.PlanSection;
import vn.tthc.plan.PlanStatus;
import vn.tthc.plan.PlanTarget;
import vn.tthc.plan.ProgressEntry;
import vn.tthc.plan.Evidence;
import vn.tthc.plan.ScheduleKind;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskOccurrence;
import vn.tthc.plan.TaskStatus;
import vn.tthc.plan.TaskWarning;
import vn.tthc.plan.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Response bodies of the plan and task API; entities never leave through the API. */
public final class PlanViews {

    private PlanViews() {
    }

    public record PlanView(UUID id, String number, String place, LocalDate signedOn, String title, PlanKind kind,
                           LocalDate periodStart, LocalDate periodEnd, List<LegalBasis> legalBases, String purposes,
                           String requirements, String issuingUnitCode, String signerName, String signerTitle,
                           List<String> recipients, List<PlanTarget> targets, PlanStatus status, Instant createdAt,
                           Instant issuedAt, Instant closedAt, long version) {
        static PlanView of(Plan plan) {
            PlanDetails d = plan.details();
            return new PlanView(plan.id(), d.number(), d.place(), d.signedOn(), d.title(), d.kind(),
                    d.period() == null ? null : d.period().start(), d.period() == null ? null : d.period().end(),
                    d.legalBases(), d.purposes(), d.requirements(), d.issuingUnitCode(), d.signerName(), d.signerTitle(),
                    d.recipients(), d.targets(), plan.status(), plan.createdAt(), plan.issuedAt(), plan.closedAt(),
                    plan.version());
        }
    }

    public record AmendmentView(String reason, String actor, Instant amendedAt) {
        static AmendmentView of(PlanAmendment amendment) {
            return new AmendmentView(amendment.reason(), amendment.actor(), amendment.amendedAt());
        }
    }

    public record ScheduleView(ScheduleKind kind, String text) {
    }

    public record OccurrenceView(UUID id, String label, LocalDate dueDate, boolean withinPeriod, TaskStatus status,
                                 LocalDate completedOn, Boolean onTime, boolean overdue) {
        static OccurrenceView of(TaskOccurrence occurrence, LocalDate today) {
            return new OccurrenceView(occurrence.id(), occurrence.label(), occurrence.dueDate(), occurrence.withinPeriod(),
                    occurrence.status(), occurrence.completedOn(),
                    occurrence.status() == TaskStatus.DONE ? occurrence.isOnTime() : null, occurrence.isOverdue(today));
        }
    }

    public record TaskView(UUID id, UUID planId, UUID sectionId, UUID parentTaskId, String label, String content,
                           String leadUnitCode, List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits,
                           List<String> officers, String funding, ScheduleView schedule, LocalDate dueDate,
                           List<ExpectedResultItem> results, List<OccurrenceView> occurrences, List<TaskWarning> warnings,
                           TaskStatus status, LocalDate completedOn, Boolean onTime, boolean overdue, String regimeCode,
                           long version) {
        static TaskView of(Task task, LocalDate today) {
            List<OccurrenceView> occurrences = task.occurrences().stream().map(o -> OccurrenceView.of(o, today)).toList();
            return new TaskView(task.id(), task.planId(), task.sectionId(), task.parentTaskId(), task.label(),
                    task.content(), task.leadUnitCode(), task.leadUnits(), task.cooperatingUnits(), task.officers(),
                    task.funding(), task.scheduleKind() == null ? null : new ScheduleView(task.scheduleKind(), task.scheduleText()),
                    task.dueDate(), task.results(), occurrences, task.warnings(), task.status(), task.completedOn(),
                    task.status() == TaskStatus.DONE ? task.isOnTime() : null,
                    occurrences.stream().anyMatch(OccurrenceView::overdue), task.regimeCode(), task.version());
        }
    }

    public record SectionView(UUID id, String label, String title, List<TaskNode> tasks) {
    }

    /** A task in the appendix tree, with the tasks numbered under it. */
    public record TaskNode(TaskView task, List<TaskNode> subtasks) {
    }

    public record AppendixView(UUID planId, List<SectionView> sections, List<TaskNode> unsectioned) {
        static AppendixView of(UUID planId, List<PlanSection> sections, List<Task> tasks, LocalDate today) {
            Map<UUID, List<Task>> children = tasks.stream().filter(t -> t.parentTaskId() != null)
                    .collect(Collectors.groupingBy(Task::parentTaskId));
            List<SectionView> sectionViews = sections.stream().map(section -> new SectionView(section.id(), section.label(),
                    section.title(), nodes(tasks.stream().filter(t -> t.parentTaskId() == null
                            && section.id().equals(t.sectionId())).toList(), children, today))).toList();
            List<TaskNode> loose = nodes(tasks.stream().filter(t -> t.parentTaskId() == null && t.sectionId() == null).toList(),
                    children, today);
            return new AppendixView(planId, sectionViews, loose);
        }

        private static List<TaskNode> nodes(List<Task> level, Map<UUID, List<Task>> children, LocalDate today) {
            return level.stream().map(task -> new TaskNode(TaskView.of(task, today),
                    nodes(children.getOrDefault(task.id(), List.of()), children, today))).toList();
        }
    }

    public record ProgressView(UUID id, UUID occurrenceId, TaskStatus status, String note, Evidence evidence,
                               LocalDate completedOn, String reportingPeriod, Instant recordedAt, String recordedBy) {
        static ProgressView of(ProgressEntry entry) {
            return new ProgressView(entry.id(), entry.occurrenceId(), entry.status(), entry.note(), entry.evidence(),
                    entry.completedOn(), entry.reportingPeriod(), entry.recordedAt(), entry.recordedBy());
        }
    }
}
