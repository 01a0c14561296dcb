package vn.tthc.plan.rest;

import vn.tthc.plan.schedule.Occurrence;
import vn.tthc.plan.schedule.Schedule;
import vn.tthc.plan.schedule.ScheduleKind;
import vn.tthc.plan.schedule.ScheduleWarning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tthc.plan.LegalBasis;
import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanKind;
import vn.tthc.plan.PlanTarget;
import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.UnitRef;
import vn.tthc.plan.imports.ExpectedResult;
import vn.tthc.plan.imports.ImportWarning;
import vn.tthc.plan.imports.PlanDocumentPreview;
import vn.tthc.plan.imports.PlanImport;
import vn.tthc.plan.imports.PlanTablePreview;
import vn.tthc.plan.imports.TaskSource;
import vn.tthc.plan.imports.SectionPreview;
import vn.tthc.plan.imports.TaskPreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The preview of an imported plan document, as the API shows it before it is confirmed. */
public final class ImportViews {

    private ImportViews() {
    }

    public record ScheduleView(ScheduleKind kind, String text, LocalDate deadline, List<Occurrence> occurrences,
                               List<ScheduleWarning> warnings) {
        static ScheduleView of(Schedule schedule, PlanPeriod period) {
            return schedule == null ? null : new ScheduleView(schedule.kind(), schedule.text(),
                    schedule.deadline().orElse(null), schedule.occurrences(period), schedule.warnings());
        }
    }

    public record ResultView(int row, String text, List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits, ScheduleView schedule,
                             @Schema(description = "The funding source (\"Kinh phí\") of the result's row, as printed; null when"
                                     + " the table has no funding column", example = "Kinh phí chi thường xuyên")
                             String funding) {
    }

    public record TaskView(int row, String label, String content, List<ResultView> results, List<UnitRef> leadUnits,
                           List<UnitRef> cooperatingUnits,
                           @Schema(description = "The task's funding source (\"Kinh phí\" column), as printed; null when the"
                                   + " table has no funding column, \"\" when the cell is empty", example = "Ngân sách tỉnh")
                           String funding,
                           ScheduleView schedule, List<TaskView> subtasks) {
    }

    public record SectionView(int row, String label, String title, List<TaskView> tasks,
                              @Schema(description = "The label of the section or group this group is numbered under (\"2\""
                                      + " for \"2.1\"); null for a top-level section", example = "2")
                              String parentLabel,
                              @Schema(description = "Whether it continues the section of the same label above it, after a"
                                      + " group nested in that section")
                              boolean continued) {
    }

    public record Counts(@Schema(description = "Top-level sections (not the groups nested in them)") int sections, int tasks,
                         int unitsMatched, int unitsUnmatched, int warnings) {
    }

    /** The plan's header as read from the document. */
    public record DetailsView(String number, String place, LocalDate signedOn, String title, PlanKind kind,
                              LocalDate periodStart, LocalDate periodEnd, List<LegalBasis> legalBases, String purposes,
                              String requirements, String issuingUnitName, UnitRef issuingUnit, String signerName,
                              String signerTitle, List<String> recipients, List<PlanTarget> targets) {
        static DetailsView of(PlanDocumentPreview document, Function<List<String>, List<UnitRef>> units) {
            PlanDetails d = document.details();
            UnitRef issuer = document.issuingUnitName() == null ? null : units.apply(List.of(document.issuingUnitName())).get(0);
            return new DetailsView(d.number(), d.place(), d.signedOn(), d.title(), d.kind(),
                    d.period() == null ? null : d.period().start(), d.period() == null ? null : d.period().end(),
                    d.legalBases(), d.purposes(), d.requirements(), document.issuingUnitName(), issuer, d.signerName(),
                    d.signerTitle(), d.recipients(), d.targets());
        }
    }

    public record PreviewView(UUID id, String fileName, DetailsView details, TaskSource taskSource,
                              LocalDate periodStart, LocalDate periodEnd, List<String> columns,
                              List<SectionView> sections, List<ImportWarning> warnings, Counts counts,
                              @Schema(description = "The draft plan the confirmation created; null until confirmed") UUID planId,
                              @Schema(description = "Who uploaded the document") PlanViews.ActorView uploadedBy,
                              Instant uploadedAt,
                              @Schema(description = "Who confirmed the preview into a plan") PlanViews.ActorView confirmedBy,
                              Instant confirmedAt) {

        static PreviewView of(PlanImport upload, PlanDocumentPreview document, Function<List<String>, List<UnitRef>> units) {
            UUID id = upload.id();
            String fileName = upload.fileName();
            PlanPeriod uploadPeriod = upload.period();
            PlanTablePreview preview = document.appendix();
            PlanPeriod period = document.details().period() != null ? document.details().period() : uploadPeriod;
            List<SectionView> sections = preview.sections().stream().map(s -> new SectionView(s.row(), s.label(), s.title(),
                    s.tasks().stream().map(t -> task(t, period, units)).toList(), s.parentLabel(), s.continued())).toList();
            List<UnitRef> named = preview.allTasks().stream()
                    .flatMap(t -> units.apply(t.leadUnits()).stream()).toList();
            int matched = (int) named.stream().filter(UnitRef::isMatched).count();
            List<ImportWarning> warnings = document.allWarnings();
            return new PreviewView(id, fileName, DetailsView.of(document, units), document.taskSource(), period.start(),
                    period.end(), preview.columns().stream().map(Enum::name).toList(), sections, warnings,
                    new Counts((int) preview.sections().stream().filter(SectionPreview::isTopLevel).count(), preview.taskCount(),
                            matched, named.size() - matched, warnings.size()), upload.planId(),
                    PlanViews.ActorView.of(upload.uploadedBy()), upload.uploadedAt(),
                    PlanViews.ActorView.of(upload.confirmedBy()), upload.confirmedAt());
        }

        private static TaskView task(TaskPreview task, PlanPeriod period, Function<List<String>, List<UnitRef>> units) {
            return new TaskView(task.row(), task.label(), task.content(),
                    task.results().stream().map(r -> result(r, period, units)).toList(),
                    units.apply(task.leadUnits()), units.apply(task.cooperatingUnits()), task.funding(),
                    ScheduleView.of(task.schedule(), period),
                    task.subtasks().stream().map(s -> task(s, period, units)).toList());
        }

        private static ResultView result(ExpectedResult result, PlanPeriod period, Function<List<String>, List<UnitRef>> units) {
            return new ResultView(result.row(), result.text(), units.apply(result.leadUnits()),
                    units.apply(result.cooperatingUnits()), ScheduleView.of(result.schedule(), period), result.funding());
        }
    }
}
