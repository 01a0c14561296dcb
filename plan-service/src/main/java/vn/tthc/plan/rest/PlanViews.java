package vn.tthc.plan.rest;

import vn.tthc.plan.schedule.ScheduleKind;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tthc.plan.Actor;
import vn.tthc.plan.ChangeAction;
import vn.tthc.plan.ChangeRecord;
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

    @Schema(name = "Actor", description = "Who made a change, from their bearer token: the subject (sub), the readable "
            + "name (preferred_username) and the unit they acted for (claim unit; null for machine clients and "
            + "administrators without one). Changes recorded before authors were kept have none (null).")
    public record ActorView(
            @Schema(description = "The token's subject (sub): stable, identifies the account", examples = "5b3c1f0e-8d2a-4c41-9a57-3f1e2d4c6b7a") String subject,
            @Schema(description = "The readable name (preferred_username)", examples = "nguyen.van.an") String name,
            @Schema(description = "The code of the unit they acted for", examples = "ST-SKHCN-VP") String unit) {
        static ActorView of(Actor actor) {
            return actor == null ? null : new ActorView(actor.subject(), actor.name(), actor.unit());
        }
    }

    public record PlanView(UUID id, String number, String place, LocalDate signedOn, String title, PlanKind kind,
                           LocalDate periodStart, LocalDate periodEnd, List<LegalBasis> legalBases, String purposes,
                           String requirements, String issuingUnitCode, String signerName, String signerTitle,
                           List<String> recipients, List<PlanTarget> targets, PlanStatus status, Instant createdAt,
                           @Schema(description = "Who created the draft (or confirmed the import that created it)") ActorView createdBy,
                           Instant issuedAt,
                           @Schema(description = "Who issued the plan") ActorView issuedBy,
                           Instant closedAt,
                           @Schema(description = "Who closed the plan") ActorView closedBy,
                           long version) {
        static PlanView of(Plan plan) {
            PlanDetails d = plan.details();
            return new PlanView(plan.id(), d.number(), d.place(), d.signedOn(), d.title(), d.kind(),
                    d.period() == null ? null : d.period().start(), d.period() == null ? null : d.period().end(),
                    d.legalBases(), d.purposes(), d.requirements(), d.issuingUnitCode(), d.signerName(), d.signerTitle(),
                    d.recipients(), d.targets(), plan.status(), plan.createdAt(), ActorView.of(plan.createdBy()),
                    plan.issuedAt(), ActorView.of(plan.issuedBy()), plan.closedAt(), ActorView.of(plan.closedBy()),
                    plan.version());
        }
    }

    @Schema(description = "An amendment of an issued plan: why, who amended it and when.")
    public record AmendmentView(String reason,
                                @Schema(description = "Who amended the plan") ActorView amendedBy,
                                Instant amendedAt) {
        static AmendmentView of(PlanAmendment amendment) {
            return new AmendmentView(amendment.reason(), ActorView.of(amendment.amendedBy()), amendment.amendedAt());
        }
    }

    @Schema(description = "One recorded change to a plan or one of its tasks: what was done, who did it and when.")
    public record ChangeView(
            ChangeAction action,
            @Schema(description = "The task changed, for changes to a task") UUID taskId,
            @Schema(description = "The upload a plan was imported from, for PLAN_IMPORTED") UUID importId,
            @Schema(description = "A reminder of what changed: the amendment's reason, the status recorded, the units assigned…") String detail,
            ActorView by,
            Instant at) {
        static ChangeView of(ChangeRecord change) {
            return new ChangeView(change.action(), change.taskId(), change.importId(), change.detail(),
                    ActorView.of(change.actor()), change.changedAt());
        }
    }

    public record ScheduleView(ScheduleKind kind, String text) {
    }

    public record OccurrenceView(UUID id, String label,
                                 @Schema(description = "Hạn như kế hoạch ghi") LocalDate dueDate,
                                 @Schema(description = "Hạn có hiệu lực: dueDate, hoặc ngày làm việc tiếp theo khi dueDate là "
                                         + "ngày nghỉ (khoản 5 Điều 148 Bộ luật Dân sự 2015); onTime và overdue tính theo hạn này")
                                 LocalDate effectiveDueDate,
                                 boolean withinPeriod, TaskStatus status,
                                 LocalDate completedOn, Boolean onTime, boolean overdue) {
        static OccurrenceView of(TaskOccurrence occurrence, LocalDate today) {
            return new OccurrenceView(occurrence.id(), occurrence.label(), occurrence.dueDate(),
                    occurrence.effectiveDueDate(), occurrence.withinPeriod(),
                    occurrence.status(), occurrence.completedOn(),
                    occurrence.status() == TaskStatus.DONE ? occurrence.isOnTime() : null, occurrence.isOverdue(today));
        }
    }

    /** A result the task is to produce, with its own units, time and funding when the plan gives them. */
    public record TaskResultView(String text, List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits, String timeText,
                             @Schema(description = "The funding source of the result's row (\"Kinh phí\" column), as printed; "
                                     + "null when the plan's table has no such column", example = "Ngân sách tỉnh", nullable = true)
                             String funding) {
        static TaskResultView of(ExpectedResultItem result) {
            return new TaskResultView(result.text(), result.leadUnits(), result.cooperatingUnits(), result.timeText(), result.funding());
        }
    }

    public record TaskView(UUID id, UUID planId, UUID sectionId, UUID parentTaskId, String label, String content,
                           String leadUnitCode, List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits,
                           List<String> officers,
                           @Schema(description = "The funding source (\"Kinh phí\"), as the plan prints it; null when the"
                                   + " plan gives none", example = "Ngân sách tỉnh")
                           String funding,
                           ScheduleView schedule,
                           @Schema(description = "Hạn cuối như kế hoạch ghi", nullable = true) LocalDate dueDate,
                           @Schema(description = "Hạn cuối có hiệu lực: dueDate, hoặc ngày làm việc tiếp theo khi dueDate là "
                                   + "ngày nghỉ (khoản 5 Điều 148 Bộ luật Dân sự 2015)", nullable = true)
                           LocalDate effectiveDueDate,
                           List<TaskResultView> results, List<OccurrenceView> occurrences, List<TaskWarning> warnings,
                           TaskStatus status, LocalDate completedOn, Boolean onTime, boolean overdue, String regimeCode,
                           long version) {
        static TaskView of(Task task, LocalDate today) {
            List<OccurrenceView> occurrences = task.occurrences().stream().map(o -> OccurrenceView.of(o, today)).toList();
            return new TaskView(task.id(), task.planId(), task.sectionId(), task.parentTaskId(), task.label(),
                    task.content(), task.leadUnitCode(), task.leadUnits(), task.cooperatingUnits(), task.officers(),
                    task.funding(), task.scheduleKind() == null ? null : new ScheduleView(task.scheduleKind(), task.scheduleText()),
                    task.dueDate(), task.effectiveDueDate(), task.results().stream().map(TaskResultView::of).toList(), occurrences, task.warnings(), task.status(), task.completedOn(),
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

    @Schema(description = "One progress entry of a task's history: what was recorded, when and by whom.")
    public record ProgressView(UUID id, UUID occurrenceId, TaskStatus status, String note, Evidence evidence,
                               LocalDate completedOn, String reportingPeriod, Instant recordedAt,
                               @Schema(description = "Who recorded it; a report submitted in reporting-service records "
                                       + "as subject and name reporting-service, with the submitting unit") ActorView recordedBy) {
        static ProgressView of(ProgressEntry entry) {
            return new ProgressView(entry.id(), entry.occurrenceId(), entry.status(), entry.note(), entry.evidence(),
                    entry.completedOn(), entry.reportingPeriod(), entry.recordedAt(), ActorView.of(entry.recordedBy()));
        }
    }
}
