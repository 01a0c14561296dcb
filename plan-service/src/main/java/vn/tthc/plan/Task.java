package vn.tthc.plan;

import vn.tthc.platform.calendar.PublishedCalendar;

import vn.tthc.platform.text.VietnameseText;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.platform.errors.InvalidFieldException;

import vn.tthc.plan.schedule.Occurrence;
import vn.tthc.plan.schedule.Schedule;
import vn.tthc.plan.schedule.ScheduleKind;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A task of a plan's appendix: what is to be done, by whom, producing what, and when — with the dated
 * occurrences its schedule expands to over the plan's period.
 */
@Entity
@Table(name = "task")
public class Task {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "section_id")
    private UUID sectionId;

    @Column(name = "parent_task_id")
    private UUID parentTaskId;

    @Column(nullable = false)
    private int position;

    private String label;

    @Column(nullable = false)
    private String content;

    @Column(name = "content_folded", nullable = false)
    private String contentFolded;

    /** The first matched lead unit: the one events and "my unit's tasks" use. */
    @Column(name = "lead_unit_code")
    private String leadUnitCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lead_units", nullable = false)
    private List<UnitRef> leadUnits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cooperating_units", nullable = false)
    private List<UnitRef> cooperatingUnits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> officers = new ArrayList<>();

    private String funding;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind")
    private ScheduleKind scheduleKind;

    @Column(name = "schedule_text")
    private String scheduleText;

    /** The final deadline as printed; null for ongoing, on-demand and event-driven tasks. */
    @Column(name = "due_date")
    private LocalDate dueDate;

    /** The final deadline in effect: moved to the next working day when printed on a day off (Civil Code art. 148(5)). */
    @Column(name = "effective_due_date")
    private LocalDate effectiveDueDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<TaskWarning> warnings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_result", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    private List<ExpectedResultItem> results = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "task_id", nullable = false, insertable = false, updatable = false)
    @OrderBy("position")
    private List<TaskOccurrence> occurrences = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    /** The report regime this task is the reporting of; a report submitted for a period completes its occurrence. */
    @Column(name = "regime_code")
    private String regimeCode;

    @Version
    private long version;

    protected Task() {
    }

    public Task(UUID planId, UUID sectionId, UUID parentTaskId, int position, TaskSpec spec, PlanPeriod period) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.sectionId = sectionId;
        this.parentTaskId = parentTaskId;
        this.position = position;
        this.status = TaskStatus.NOT_STARTED;
        describe(spec, period);
    }

    /** Replaces what the task is and re-expands its schedule; only before any progress is recorded on it. */
    public void describe(TaskSpec spec, PlanPeriod period) {
        if (status != TaskStatus.NOT_STARTED) {
            throw new ConflictException("task.started", id);
        }
        this.label = VietnameseText.normalize(spec.label());
        this.content = VietnameseText.normalize(spec.content());
        if (content == null || content.isEmpty()) {
            throw new InvalidFieldException("content", "required");
        }
        this.contentFolded = VietnameseText.fold(content);
        this.leadUnits = new ArrayList<>(spec.leadUnits());
        this.leadUnitCode = spec.leadUnits().stream().filter(UnitRef::isMatched).map(UnitRef::code).findFirst().orElse(null);
        this.cooperatingUnits = new ArrayList<>(spec.cooperatingUnits());
        this.officers = new ArrayList<>(spec.officers());
        this.funding = VietnameseText.normalize(spec.funding());
        this.results = new ArrayList<>(spec.results());
        List<TaskWarning> found = new ArrayList<>(spec.warnings());
        Schedule schedule = spec.schedule();
        this.scheduleKind = schedule == null ? null : schedule.kind();
        this.scheduleText = schedule == null ? null : schedule.text();
        this.dueDate = schedule == null ? null : schedule.deadline().orElse(null);
        if (schedule != null) {
            schedule.warnings().forEach(w -> found.add(new TaskWarning(w.code(), w.message())));
        }
        this.occurrences.clear();
        if (schedule != null) {
            List<Occurrence> expanded = period != null ? schedule.occurrences(period)
                    : schedule.deadline().map(d -> schedule.occurrences(d, d)).orElse(List.of());
            if (period == null && expanded.isEmpty() && schedule.kind() != ScheduleKind.ONGOING
                    && schedule.kind() != ScheduleKind.ON_DEMAND && schedule.kind() != ScheduleKind.AFTER_EVENT
                    && schedule.kind() != ScheduleKind.UNPARSED) {
                found.add(new TaskWarning(TaskWarning.NO_PERIOD, "Kế hoạch chưa có thời gian áp dụng nên chưa tính được các kỳ thực hiện."));
            }
            for (Occurrence occurrence : expanded) {
                TaskOccurrence dated = new TaskOccurrence(id, occurrences.size(), occurrence);
                occurrences.add(dated);
                if (!occurrence.withinPeriod()) {
                    found.add(new TaskWarning(TaskWarning.OUTSIDE_PERIOD, "Hạn " + occurrence.label()
                            + " (" + occurrence.dueDate() + ") nằm ngoài thời gian của kế hoạch."));
                }
            }
            if (dueDate == null && !occurrences.isEmpty()) {
                dueDate = occurrences.get(occurrences.size() - 1).dueDate();
            }
        }
        applyCalendar(PublishedCalendar.WEEKENDS_ONLY);
        for (UnitRef unit : spec.leadUnits()) {
            if (!unit.isMatched()) {
                found.add(new TaskWarning(TaskWarning.UNKNOWN_UNIT, "Chưa xác định được đơn vị “" + unit.text() + "” trong danh mục đơn vị."));
            }
        }
        this.warnings = found;
    }

    /**
     * Sets the due dates in effect from the printed ones: a due date on a weekend or a day off of the calendar
     * moves to the next working day (Civil Code 2015, art. 148(5)). Lateness and overdue are judged on them.
     */
    public void applyCalendar(PublishedCalendar calendar) {
        effectiveDueDate = calendar.lastDayOfTimeLimit(dueDate);
        occurrences.forEach(occurrence -> occurrence.applyCalendar(calendar));
    }

    /** Links the task to a report regime (null unlinks it). */
    public void linkRegime(String regimeCode) {
        this.regimeCode = regimeCode == null || regimeCode.isBlank() ? null : regimeCode.strip();
    }

    /**
     * The open occurrence a report for the window {@code periodStart..periodEnd} (due by {@code lastAllowedDay})
     * accounts for: the earliest one due from the window's start to a month after the report's deadline.
     */
    public Optional<TaskOccurrence> occurrenceForReport(LocalDate periodStart, LocalDate lastAllowedDay) {
        LocalDate latest = lastAllowedDay.plusMonths(1);
        return occurrences.stream()
                .filter(TaskOccurrence::isOpen)
                .filter(o -> !o.dueDate().isBefore(periodStart) && !o.dueDate().isAfter(latest))
                .min(Comparator.comparing(TaskOccurrence::dueDate));
    }

    /** Assigns the task to other lead units. */
    public void assign(List<UnitRef> lead, List<UnitRef> cooperating) {
        if (status == TaskStatus.CANCELLED) {
            throw new ConflictException("task.cancelled", id);
        }
        this.leadUnits = new ArrayList<>(lead);
        this.cooperatingUnits = new ArrayList<>(cooperating == null ? List.of() : cooperating);
        this.leadUnitCode = lead.stream().filter(UnitRef::isMatched).map(UnitRef::code).findFirst().orElse(null);
    }

    /**
     * Records progress on the task, or on one of its occurrences. A task with a single occurrence takes its
     * progress on that occurrence; a task with several needs the occurrence named to be marked done.
     */
    public ProgressOutcome recordProgress(UUID occurrenceId, ProgressUpdate update, Actor by, LocalDate today, Instant now) {
        if (status == TaskStatus.CANCELLED) {
            throw new ConflictException("task.cancelled", id);
        }
        LocalDate completion = null;
        if (update.status() == TaskStatus.DONE) {
            completion = update.completedOn() == null ? today : update.completedOn();
            if (completion.isAfter(today)) {
                throw new InvalidFieldException("completedOn", "completion.in-future");
            }
        }
        if (update.status() == TaskStatus.CANCELLED) {
            cancel();
            return new ProgressOutcome(new ProgressEntry(id, occurrenceId, update, null, by, now), Optional.empty());
        }
        TaskOccurrence occurrence = occurrenceFor(occurrenceId, update.status());
        Optional<TaskCompletion> done = Optional.empty();
        if (occurrence != null) {
            if (occurrence.apply(update.status(), completion)) {
                done = Optional.of(completion(occurrence.dueDate(), occurrence.effectiveDueDate(), completion,
                        occurrence.isOnTime(), occurrence));
            }
            settleFromOccurrences();
        } else {
            if (update.status() == TaskStatus.DONE && status == TaskStatus.DONE) {
                throw new ConflictException("task.already-done", id);
            }
            status = update.status();
            completedOn = completion;
            if (status == TaskStatus.DONE) {
                done = Optional.of(completion(dueDate, effectiveDueDate, completion, isOnTime(), null));
            }
        }
        return new ProgressOutcome(new ProgressEntry(id, occurrence == null ? null : occurrence.id(), update, completion, by, now), done);
    }

    /** Marks the task done on the given date (today when null). */
    public TaskCompletion complete(LocalDate completedOn, Actor by, LocalDate today, Instant now) {
        return recordProgress(null, new ProgressUpdate(TaskStatus.DONE, null, null, completedOn, null), by, today, now)
                .completion().orElseThrow();
    }

    /** Takes a done task, or a done occurrence of it, back to in progress. */
    public void reopen(UUID occurrenceId) {
        if (occurrenceId != null) {
            TaskOccurrence occurrence = occurrence(occurrenceId);
            if (occurrence.status() != TaskStatus.DONE) {
                throw new ConflictException("task.not-done", occurrenceId);
            }
            occurrence.reopen();
            settleFromOccurrences();
            return;
        }
        if (status != TaskStatus.DONE) {
            throw new ConflictException("task.not-done", id);
        }
        status = TaskStatus.IN_PROGRESS;
        completedOn = null;
        if (occurrences.size() == 1) {
            occurrences.get(0).reopen();
        }
    }

    private void cancel() {
        status = TaskStatus.CANCELLED;
        for (TaskOccurrence occurrence : occurrences) {
            if (occurrence.isOpen()) {
                occurrence.apply(TaskStatus.CANCELLED, null);
            }
        }
    }

    private TaskOccurrence occurrenceFor(UUID occurrenceId, TaskStatus newStatus) {
        if (occurrenceId != null) {
            return occurrence(occurrenceId);
        }
        if (occurrences.size() == 1) {
            return occurrences.get(0);
        }
        if (occurrences.size() > 1 && newStatus == TaskStatus.DONE) {
            throw new ConflictException("task.occurrence-required", id);
        }
        return null;
    }

    public TaskOccurrence occurrence(UUID occurrenceId) {
        return occurrences.stream().filter(o -> o.id().equals(occurrenceId)).findFirst()
                .orElseThrow(() -> new NotFoundException("occurrence", occurrenceId));
    }

    /** The task is done when every occurrence is done or cancelled, in progress once any has progress. */
    private void settleFromOccurrences() {
        boolean allSettled = occurrences.stream().allMatch(o -> !o.isOpen());
        boolean anyDone = occurrences.stream().anyMatch(o -> o.status() == TaskStatus.DONE);
        if (allSettled && anyDone) {
            status = TaskStatus.DONE;
            completedOn = occurrences.stream().map(TaskOccurrence::completedOn).filter(d -> d != null)
                    .max(Comparator.naturalOrder()).orElse(null);
        } else {
            status = occurrences.stream().allMatch(o -> o.status() == TaskStatus.NOT_STARTED) ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
            completedOn = null;
        }
    }

    private TaskCompletion completion(LocalDate due, LocalDate effectiveDue, LocalDate done, boolean onTime,
                                      TaskOccurrence occurrence) {
        return new TaskCompletion(id, planId, label, leadUnitCode, due, effectiveDue, done, onTime,
                occurrence == null ? null : occurrence.id(), occurrence == null ? null : occurrence.label());
    }

    /** Whether the task was done by its effective due date; a task without a due date is never late. */
    public boolean isOnTime() {
        return completedOn != null && (effectiveDueDate == null || !completedOn.isAfter(effectiveDueDate));
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID sectionId() {
        return sectionId;
    }

    public UUID parentTaskId() {
        return parentTaskId;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }

    public String content() {
        return content;
    }

    public String leadUnitCode() {
        return leadUnitCode;
    }

    public List<UnitRef> leadUnits() {
        return List.copyOf(leadUnits);
    }

    public List<UnitRef> cooperatingUnits() {
        return List.copyOf(cooperatingUnits);
    }

    public List<String> officers() {
        return List.copyOf(officers);
    }

    public String funding() {
        return funding;
    }

    public ScheduleKind scheduleKind() {
        return scheduleKind;
    }

    public String scheduleText() {
        return scheduleText;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate effectiveDueDate() {
        return effectiveDueDate;
    }

    public List<TaskWarning> warnings() {
        return List.copyOf(warnings);
    }

    public List<ExpectedResultItem> results() {
        return List.copyOf(results);
    }

    public List<TaskOccurrence> occurrences() {
        return List.copyOf(occurrences);
    }

    public TaskStatus status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String regimeCode() {
        return regimeCode;
    }

    public long version() {
        return version;
    }
}
