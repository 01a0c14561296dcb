package vn.tthc.plan.service;

import vn.tthc.plan.access.Access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.plan.Caller;
import vn.tthc.plan.ChangeAction;
import vn.tthc.plan.ExpectedResultItem;
import vn.tthc.plan.Plan;
import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.PlanSection;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskSpec;
import vn.tthc.plan.TaskWarning;
import vn.tthc.platform.calendar.CalendarReplica;
import vn.tthc.platform.calendar.PublishedCalendar;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.plan.events.TaskCreatedV1;
import vn.tthc.plan.imports.ImportWarning;
import vn.tthc.plan.imports.PlanDocumentPreview;
import vn.tthc.plan.imports.PlanImport;
import vn.tthc.plan.imports.PlanTablePreview;
import vn.tthc.plan.imports.SectionPreview;
import vn.tthc.plan.imports.TaskPreview;
import vn.tthc.plan.repository.PlanRepository;
import vn.tthc.plan.repository.TaskRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Imports a plan's appendix: an upload gives a preview (nothing is created), and confirming the preview
 * creates a draft plan with its sections, tasks, results, schedules and occurrences in one transaction. An
 * upload is its uploader's (see {@link Caller#handlesUpload}); the plan it creates must be one the caller may
 * issue.
 */
@ApplicationScoped
public class ImportService {

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final UnitResolver units;
    private final Access access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final CalendarReplica calendars;
    private final Clock clock;

    public ImportService(PlanRepository plans, TaskRepository tasks, UnitResolver units, Access access, AuditTrail audit,
                         Outbox outbox, CalendarReplica calendars, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Reads the upload; stores it only when it is a plan (otherwise NotAPlanDocumentException and nothing stored). */
    @Transactional
    public Previewed upload(Caller caller, String fileName, String contentType, byte[] content, PlanPeriod period) {
        PlanImport upload = new PlanImport(fileName, contentType, content, period, caller.actor(), clock.instant());
        PlanDocumentPreview preview = upload.read();
        plans.getEntityManager().persist(upload);
        audit.upload(ChangeAction.DOCUMENT_UPLOADED, upload.id(), null, fileName, caller.actor());
        return new Previewed(upload, preview);
    }

    public Previewed preview(Caller caller, UUID importId) {
        PlanImport upload = access.upload(caller, importId);
        return new Previewed(upload, upload.read());
    }

    /**
     * Creates the draft plan the preview shows: the document's details, with what the client sent in their
     * place, and the period the document names (or the one given with the upload).
     */
    @Transactional
    public Plan confirm(Caller caller, UUID importId, PlanDetails overrides) {
        PlanImport upload = access.upload(caller, importId);
        PlanDocumentPreview document = upload.read();
        PlanDetails details = merge(document.details(), overrides, upload.period(), document.issuingUnitName());
        access.requireIssuer(caller, details.issuingUnitCode());
        String scope = details.issuingUnitCode();
        PlanTablePreview preview = document.appendix();
        Plan plan = new Plan(details, caller.actor(), clock.instant());
        plans.persist(plan);
        PublishedCalendar calendar = calendars.calendar();
        int sectionPosition = 0;
        int taskPosition = 0;
        for (SectionPreview sectionPreview : preview.sections()) {
            UUID sectionId = null;
            if (!sectionPreview.isImplicit()) {
                PlanSection section = new PlanSection(plan.id(), sectionPosition++, sectionPreview.label(), sectionPreview.title());
                plans.getEntityManager().persist(section);
                sectionId = section.id();
            }
            for (TaskPreview taskPreview : sectionPreview.tasks()) {
                taskPosition = create(plan, sectionId, null, taskPreview, taskPosition, preview.warnings(), scope, calendar);
            }
        }
        upload.confirmed(plan.id(), caller.actor(), clock.instant());
        audit.upload(ChangeAction.PLAN_IMPORTED, upload.id(), plan.id(),
                (upload.fileName() == null ? "" : upload.fileName() + ": ") + taskPosition + " nhiệm vụ", caller.actor());
        return plan;
    }

    private int create(Plan plan, UUID sectionId, UUID parentId, TaskPreview preview, int position,
                       List<ImportWarning> warnings, String scope, PublishedCalendar calendar) {
        List<TaskWarning> taskWarnings = new ArrayList<>(warnings.stream().filter(w -> w.row() == preview.row())
                .map(w -> new TaskWarning(w.code(), w.message())).toList());
        List<ExpectedResultItem> results = preview.results().stream().map(r -> new ExpectedResultItem(r.text(),
                units.byNames(r.leadUnits(), scope), units.byNames(r.cooperatingUnits(), scope),
                r.schedule() == null ? null : r.schedule().text(), r.funding()))
                .toList();
        Task task = new Task(plan.id(), sectionId, parentId, position, new TaskSpec(preview.label(), preview.content(),
                units.byNames(preview.leadUnits(), scope), units.byNames(preview.cooperatingUnits(), scope), List.of(), preview.funding(),
                preview.schedule(), results, taskWarnings), plan.period());
        task.applyCalendar(calendar);
        tasks.persist(task);
        outbox.record(TaskCreatedV1.of(task));
        int next = position + 1;
        for (TaskPreview subtask : preview.subtasks()) {
            next = create(plan, sectionId, task.id(), subtask, next, warnings, scope, calendar);
        }
        return next;
    }

    private PlanDetails merge(PlanDetails read, PlanDetails sent, PlanPeriod uploadPeriod, String issuingUnitName) {
        String issuingUnit = sent.issuingUnitCode() != null ? sent.issuingUnitCode()
                : issuingUnitName == null ? null : units.byNames(List.of(issuingUnitName), null).get(0).code();
        return new PlanDetails(
                or(sent.number(), read.number()), or(sent.place(), read.place()), or(sent.signedOn(), read.signedOn()),
                or(sent.title(), read.title()), sent.kind() != null ? sent.kind() : read.kind(),
                sent.period() != null ? sent.period() : read.period() != null ? read.period() : uploadPeriod,
                sent.legalBases().isEmpty() ? read.legalBases() : sent.legalBases(),
                or(sent.purposes(), read.purposes()), or(sent.requirements(), read.requirements()), issuingUnit,
                or(sent.signerName(), read.signerName()), or(sent.signerTitle(), read.signerTitle()),
                sent.recipients().isEmpty() ? read.recipients() : sent.recipients(),
                sent.targets().isEmpty() ? read.targets() : sent.targets());
    }

    private static <T> T or(T first, T second) {
        return first != null && !(first instanceof String text && text.isBlank()) ? first : second;
    }

    /** An upload and what it reads as. */
    public record Previewed(PlanImport upload, PlanDocumentPreview preview) {
    }
}
