package vn.tthc.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the console reads from plan-service (the fields it shows; others are ignored). */
public final class PlanViews {

    private PlanViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Actor(String subject, String name, String unit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> items, int page, int size, long total) {
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @io.quarkus.qute.TemplateData
    public record Unit(String code, String name, List<String> shortNames, String kind, String parentCode, long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LegalBasis(String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(String metric, String comparison, java.math.BigDecimal value, String unit, LocalDate deadline, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(UUID id, String number, String place, LocalDate signedOn, String title, String kind,
                       LocalDate periodStart, LocalDate periodEnd, List<LegalBasis> legalBases, String purposes,
                       String requirements, String issuingUnitCode, String signerName, String signerTitle,
                       List<String> recipients, List<Target> targets, String status, Instant createdAt, Actor createdBy,
                       Instant issuedAt, Actor issuedBy, Instant closedAt, Actor closedBy, long version) {
        public boolean draft() {
            return "DRAFT".equals(status);
        }

        public boolean issued() {
            return "ISSUED".equals(status);
        }

        public boolean closed() {
            return "CLOSED".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Amendment(String reason, Actor amendedBy, Instant amendedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String action, UUID taskId, String detail, Actor by, Instant at) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitRef(String code, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Schedule(String kind, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Occurrence(UUID id, String label, LocalDate dueDate, LocalDate effectiveDueDate, boolean withinPeriod,
                             String status, LocalDate completedOn, Boolean onTime, boolean overdue) {
        public boolean done() {
            return "DONE".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskResult(String text, List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits, String timeText, String funding) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskWarning(String code, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(UUID id, UUID planId, UUID sectionId, UUID parentTaskId, String label, String content,
                       String leadUnitCode, List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits, List<String> officers,
                       String funding, Schedule schedule, LocalDate dueDate, LocalDate effectiveDueDate,
                       List<TaskResult> results, List<Occurrence> occurrences, List<TaskWarning> warnings, String status,
                       LocalDate completedOn, Boolean onTime, boolean overdue, String regimeCode, long version) {
        public boolean done() {
            return "DONE".equals(status);
        }

        /** The next open occurrence (the one to complete), or null for a task without dated occurrences. */
        public Occurrence nextOpen() {
            if (occurrences == null) {
                return null;
            }
            return occurrences.stream().filter(o -> !o.done()).findFirst().orElse(null);
        }

        public long doneOccurrences() {
            return occurrences == null ? 0 : occurrences.stream().filter(Occurrence::done).count();
        }

        /** Share of the task done, 0..100: its occurrences done, or 0/100 for a task without occurrences. */
        public int percentDone() {
            if (occurrences == null || occurrences.isEmpty()) {
                return done() ? 100 : 0;
            }
            return (int) Math.round(100.0 * doneOccurrences() / occurrences.size());
        }

        public String leadText() {
            return UnitTexts.join(leadUnits, leadUnitCode);
        }

        public String cooperatingText() {
            return UnitTexts.join(cooperatingUnits, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskNode(Task task, List<TaskNode> subtasks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(UUID id, String label, String title, List<TaskNode> tasks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Appendix(UUID planId, List<Section> sections, List<TaskNode> unsectioned) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(String number, LocalDate date, String title, String link) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(UUID id, UUID occurrenceId, String status, String note, Evidence evidence, LocalDate completedOn,
                           String reportingPeriod, Instant recordedAt, Actor recordedBy) {
    }

    // --- imports ---------------------------------------------------------------------------------------------

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportWarning(Integer row, String code, String message, String cell) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportSchedule(String kind, String text, LocalDate deadline, List<JsonNode> occurrences, List<JsonNode> warnings) {
        public int occurrenceCount() {
            return occurrences == null ? 0 : occurrences.size();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportResult(Integer row, String text, List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits,
                               ImportSchedule schedule, String funding) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportTask(Integer row, String label, String content, List<ImportResult> results, List<UnitRef> leadUnits,
                             List<UnitRef> cooperatingUnits, String funding, ImportSchedule schedule, List<ImportTask> subtasks) {
        public String leadText() {
            return UnitTexts.join(leadUnits, null);
        }

        public String cooperatingText() {
            return UnitTexts.join(cooperatingUnits, null);
        }

        public boolean unmatchedLead() {
            return leadUnits != null && leadUnits.stream().anyMatch(u -> u.code() == null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportSection(Integer row, String label, String title, List<ImportTask> tasks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportDetails(String number, String place, LocalDate signedOn, String title, String kind,
                                LocalDate periodStart, LocalDate periodEnd, List<LegalBasis> legalBases, String issuingUnitCode,
                                String signerName, String signerTitle, List<String> recipients, List<Target> targets) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportCounts(int sections, int tasks, int unitsMatched, int unitsUnmatched, int warnings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Preview(UUID id, String fileName, ImportDetails details, String taskSource, LocalDate periodStart,
                          LocalDate periodEnd, List<ImportSection> sections, List<ImportWarning> warnings, ImportCounts counts,
                          UUID planId, Actor uploadedBy, Instant uploadedAt, Actor confirmedBy, Instant confirmedAt) {
        public boolean confirmed() {
            return planId != null;
        }
    }

    /** The plan-wide warnings of a preview: those that name no row of the appendix. */
    public static final class UnitTexts {
        private UnitTexts() {
        }

        static String join(List<UnitRef> units, String fallbackCode) {
            if (units == null || units.isEmpty()) {
                return fallbackCode == null ? "" : fallbackCode;
            }
            return String.join("; ", units.stream().map(u -> u.text() != null ? u.text() : u.code()).toList());
        }
    }
}
