package vn.tthc.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the console reads from reporting-service. */
public final class ReportingViews {

    private ReportingViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegimeSummary(String code, String name, String origin, String receivingUnitCode, List<String> periodTypes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReportingUnits(String level, List<String> unitCodes, List<String> kinds, String under) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String label, String type, boolean required, String unit, String prefill) {
        public boolean number() {
            return type == null || "INTEGER".equals(type) || "DECIMAL".equals(type) || "NUMBER".equals(type);
        }

        public boolean text() {
            return !number();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorGroup(String code, String label, List<Indicator> indicators) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FormSection(String code, String title, boolean required) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Form(String code, String title, String breakdown, List<IndicatorGroup> groups, List<FormSection> sections,
                       List<String> rules) {
        /** A form with a breakdown is a table: one row per breakdown value (e.g. per field of procedures). */
        public boolean table() {
            return breakdown != null && !breakdown.isBlank();
        }

        public List<Indicator> indicators() {
            return groups == null ? List.of() : groups.stream().flatMap(g -> g.indicators().stream()).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definition(String code, String name, String description, String receivingUnitCode,
                             ReportingUnits reportingUnits, List<String> periodTypes, List<Form> forms) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Regime(String code, String name, String origin, long version, Definition definition) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(String regimeCode, String key, String type, String label, LocalDate start, LocalDate end,
                         LocalDate lastAllowedDay, LocalDate printedLastAllowedDay, boolean open) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Actor(String subject, String name, String unit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubmissionSummary(UUID id, String regimeCode, String periodKey, String unitCode, String status,
                                    int currentVersion, Instant firstSubmittedAt, Boolean late, Instant updatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Version(int number, Instant savedAt, Instant submittedAt, Boolean late, Actor savedBy, Actor submittedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(int version, String decision, String comment, Instant decidedAt, Actor decidedBy) {
        public boolean accepted() {
            return "ACCEPTED".equals(decision);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Prefilled(String figure, String source, Long value, boolean edited) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submission(UUID id, String regimeCode, String periodKey, String periodLabel, LocalDate periodStart,
                             LocalDate periodEnd, LocalDate lastAllowedDay, LocalDate printedLastAllowedDay, String unitCode,
                             String status, int currentVersion, Instant firstSubmittedAt, Boolean late, Instant createdAt,
                             Actor createdBy, long version, ObjectNode content, Map<String, Map<String, Prefilled>> prefilled,
                             List<Version> versions, List<Decision> decisions) {
        public boolean draft() {
            return "DRAFT".equals(status) || "RETURNED".equals(status);
        }

        public boolean submitted() {
            return "SUBMITTED".equals(status);
        }

        public Decision lastDecision() {
            return decisions == null || decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExpectedUnit(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitStatus(String unitCode, String unitName, UUID submissionId, String status, Boolean late,
                             Instant submittedAt, Instant firstSubmittedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Completeness(String regimeCode, String periodKey, String periodLabel, LocalDate lastAllowedDay,
                               int expected, int submitted, int onTime, int late, int accepted, int missing,
                               List<ExpectedUnit> missingUnits, List<UnitStatus> units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(long tasksCompleted, long tasksCompletedOnTime, long tasksCompletedLate, long feedbackReceived,
                          long feedbackAnswered, long feedbackAnsweredOnTime, long feedbackAnsweredLate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitText(String unitCode, String unitName, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsolidatedRow(Map<String, String> labels, Map<String, BigDecimal> totals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsolidatedForm(String code, String title, String breakdown, Map<String, BigDecimal> totals,
                                   List<ConsolidatedRow> rows, Map<String, List<UnitText>> sections) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitPart(String unitCode, String unitName, UUID submissionId, String status, Integer version, Boolean late,
                           JsonNode content, Figures eventFigures) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consolidated(String regimeCode, String regimeName, String periodKey, String periodLabel,
                               LocalDate periodStart, LocalDate periodEnd, LocalDate lastAllowedDay, String receivingUnitCode,
                               String receivingUnitName, int unitsExpected, int unitsAccepted, List<ConsolidatedForm> forms,
                               Figures eventFigures, List<UnitPart> units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitFigures(String unitCode, LocalDate from, LocalDate to, Figures figures, List<String> unitsIncluded) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskCompletions(String unitCode, LocalDate from, LocalDate to, long completed, long onTime, long late) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReportingUnit(String code, String name, String kind, String parentCode) {
    }
}
